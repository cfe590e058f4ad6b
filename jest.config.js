/**
 * Tests run on swc-transpiled TypeScript: type-checking is `npm run typecheck`, kept out of jest for speed.
 * In band (one process): on the 2-core machines this project targets, two workers plus their parent took
 * 17 s but 1.06 GB together (every test file loads cdktf and the provider bindings it uses); in band
 * takes 22 s and 0.68 GB, inside both of the suite's budgets (30 s, 1 GB; `npm run bench`).
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] },
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // cdktf loads its zip library in every test file; no test zips an asset (see the file).
  moduleNameMapper: { '^archiver$': '<rootDir>/__tests__/support/lazy-archiver.ts' },
  maxWorkers: 1,
};
