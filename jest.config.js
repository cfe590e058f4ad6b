/**
 * Tests run on swc-transpiled TypeScript: type-checking is `npm run typecheck`, kept out of jest for speed.
 * Workers: one per core (jest's default leaves one core to its parent, which on 2 cores means running
 * in band; the parent mostly waits). A worker grown past 512 MB, e.g. by provider bindings loaded for
 * each test file, is replaced before its next file.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] },
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  maxWorkers: '100%',
  workerIdleMemoryLimit: '512MB',
};
