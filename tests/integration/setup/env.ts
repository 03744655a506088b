// Runs in the test process before each integration test file: point the app's own
// configuration (src/env.ts, getDb()) at the throwaway database from the global setup.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
