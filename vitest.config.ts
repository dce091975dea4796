import { defineConfig } from 'vitest/config';

// Two projects: unit tests run without a browser or a build; e2e tests run against the
// production build in dist/ with Debian's Chromium (see tests/e2e/setup.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium, one server: files share them one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
