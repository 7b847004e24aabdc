import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'bench/**/*.test.ts'], exclude: ['src/**/*.db.test.ts', 'node_modules/**'] },
      },
      {
        extends: true,
        test: { name: 'db', include: ['src/**/*.db.test.ts'], fileParallelism: false },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['e2e/**/*.test.ts'], fileParallelism: false },
      },
    ],
  },
});
