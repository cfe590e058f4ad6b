/**
 * Tests run on swc-transpiled TypeScript: type-checking is `npm run typecheck`, kept out of jest for speed.
 * Workers: one per core. jest's default leaves a core to its parent, which on 2 cores means running in
 * band: about 1.5 s less CPU, faster when other work holds the cores (`npx jest -i`), slower on an idle
 * machine, and one process whose memory grows with every test file. A worker grown past 400 MB (each
 * test file loads cdktf and the provider bindings it uses) is replaced before its next file, which keeps
 * the suite's memory bounded as tests are added.
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
  maxWorkers: '100%',
  workerIdleMemoryLimit: '400MB',
};
