// Runs `prisma generate` offline. Prisma 7's CLI fetches a native schema engine
// before any command; generate never runs it, so any executable satisfies the
// check (see docs/decisions/0002-offline-migrations.md). Migrations are applied
// by our own runner, never by the CLI with this stand-in.
import { spawnSync } from "node:child_process";

const result = spawnSync("npx", ["--no-install", "prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
