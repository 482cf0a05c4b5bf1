/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }],
  },
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/tools/neo4j/target/', '/bench/out/', '/dist/'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60000,
  // Two cores: one test file each. Most time is spent waiting on child processes (Neo4j,
  // Chromium, spawned servers), so two workers keep both cores busy.
  maxWorkers: 2,
  globalSetup: '<rootDir>/tests/global-setup.js',
};
