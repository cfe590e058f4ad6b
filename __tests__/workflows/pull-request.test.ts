import * as fs from 'fs';
import * as path from 'path';
import { REVIEW_MARKER } from '../../review/render-markdown';

// actionlint (scripts/lint-workflows.sh) checks the workflow's syntax and expressions; these check our own rules.
const workflow = fs.readFileSync(path.join(__dirname, '..', '..', '.github', 'workflows', 'pull-request.yml'), 'utf8');

describe('the pull-request workflow', () => {
  test('Given every action it uses, When read, Then each is pinned to a full commit SHA with its version beside it', () => {
    const uses = [...workflow.matchAll(/uses:\s*(\S+)(.*)/g)].map((match) => `${match[1]}${match[2]}`);
    expect(uses.length).toBeGreaterThanOrEqual(5);
    expect(uses.filter((use) => !/^[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(use))).toEqual([]);
  });

  test('Given the comment step, When read, Then it finds its previous comment by the marker the review starts with', () => {
    expect(workflow).toContain(`const marker = '${REVIEW_MARKER}';`);
    expect(workflow).toContain('github.rest.issues.updateComment');
  });

  test('Given the plans job, When read, Then it runs only with a Terraform Cloud token and over every environment file', () => {
    expect(workflow).toContain("if: needs.environments.outputs.terraform-cloud == 'true'");
    expect(workflow).toContain("HAS_TOKEN: ${{ secrets.TF_API_TOKEN != '' }}");
    expect(workflow).toContain('find environments -maxdepth 1');
  });
});
