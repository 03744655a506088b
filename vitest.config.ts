// Two test levels run by vitest (the third, end-to-end, is Playwright: playwright.config.ts).
//   unit:        src/**/*.test.ts — pure code, no database, run in parallel.
//   integration: tests/integration/**/*.test.ts — against a REAL PostgreSQL that the global setup
//                starts (embedded, throwaway, free port) with a fresh migrated database per run;
//                files run one after another in a single fork because they share that database.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${path.join(root, "src")}/` },
      // Next.js makes "server-only" throw in client bundles; in tests it is just an empty module.
      { find: /^server-only$/, replacement: path.join(root, "tests/integration/setup/empty-module.ts") },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/setup/global-setup.ts"],
          setupFiles: ["tests/integration/setup/env.ts"],
          pool: "forks",
          fileParallelism: false,
          maxWorkers: 1,
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
