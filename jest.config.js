/**
 * Tests run on swc-transpiled TypeScript: type-checking is `npm run typecheck`, kept out of jest for speed.
 * Two workers, each replaced once a test file leaves it with more than 100 MB of heap in use: a file
 * that synthesizes stacks leaves 100-150 MB of modules and constructs behind, which a long-lived
 * worker (or one process in band) carries into the next files and spends its time collecting.
 * Measured back to back on the 2-core machines this project targets: in band 29.2 s and 772 MB; two
 * long-lived workers 17.4 s but 1151 MB; two workers replaced past 100 MB 19.3-21.1 s and 559-568 MB,
 * inside both of the suite's budgets (30 s, 1 GB; `npm run bench` measures it). The worker count is
 * fixed rather than per core so that memory stays inside its budget on bigger machines too.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  // The build's swc options (scripts/build.mjs), so that tests run the code npm run synth runs.
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: require('./scripts/swc-options.json').jsc }] },
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // cdktf loads its zip library in every test file; no test zips an asset (see the file).
  moduleNameMapper: { '^archiver$': '<rootDir>/__tests__/support/lazy-archiver.ts' },
  maxWorkers: 2,
  // jest compares it with the worker's heap in use after each test file.
  workerIdleMemoryLimit: '100MB',
};
