import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArguments, review } from '../../bin/review';
import { reviewFixture } from '../support/review';

/** A synth output folder holding one cluster stack for prod. */
function synthFolder(stack: object): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'review-out-'));
  fs.mkdirSync(path.join(root, 'prod', 'stacks', 'cluster'), { recursive: true });
  fs.writeFileSync(path.join(root, 'prod', 'stacks', 'cluster', 'cdk.tf.json'), JSON.stringify(stack));
  return root;
}

describe('the review command', () => {
  test('Given no base, When parsed, Then it fails naming the missing flag and showing the usage', () => {
    expect(() => parseArguments(['--out', 'x.md'])).toThrow(/--base or --base-dir is required\n\nUsage: npm run review -- --base <git-rev>/);
  });

  test('Given an unknown flag, When parsed, Then it fails naming it', () => {
    expect(() => parseArguments(['--base', 'main', '--verbose'])).toThrow(/unexpected argument "--verbose"/);
  });

  test('Given two synthesized folders, When reviewed, Then the Markdown covers them, labelled by folder', async () => {
    const base = synthFolder(reviewFixture('node-group-base.json'));
    const head = synthFolder(reviewFixture('node-group-head.json'));
    const markdown = await review(parseArguments(['--base-dir', base, '--head-dir', head]), process.cwd());
    expect(markdown).toContain(`## Plan review: ${base} → ${head}`);
    expect(markdown).toContain('| prod | cluster | 0 | 3 | 1 | 0 |');
  });

  test('Given a revision that does not exist, When reviewed, Then it fails saying to fetch it', async () => {
    const head = synthFolder({});
    await expect(review(parseArguments(['--base', 'no-such-branch', '--head-dir', head]), process.cwd())).rejects.toThrow(
      /"no-such-branch" is not a commit of .*; fetch it first/,
    );
  });
});
