// `npm test`: every test level, in order, each streaming its own output:
//   1. typecheck    next typegen + tsc --noEmit (the whole project: app, scripts, tests)
//   2. lint         ESLint: Next's rules and the regex-safety rules (eslint.config.mjs)
//   3. unit         vitest, project "unit"
//   4. integration  vitest, project "integration" (a real, throwaway embedded PostgreSQL)
//   5. e2e          Playwright in a real Chromium against the real `npm start` path
// All levels run even when one fails. The last line is exactly "N passed, N failed" (tests
// summed over all levels; the typecheck and the lint count as one each); the exit code is 1 if anything failed.
import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

interface LevelResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  ms: number;
  note?: string;
}

type Env = Record<string, string | undefined>;

const childEnv: Env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  // No interactive prompts or watch modes; CI logs without colour codes unless a terminal asks for them.
  ...(process.stdout.isTTY ? {} : { NO_COLOR: "1", FORCE_COLOR: "0" }),
};
delete childEnv.NODE_ENV; // each tool sets its own (vitest: test, next: production)

let interrupted: NodeJS.Signals | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    interrupted ??= signal;
  });
}

function run(command: string, args: string[], extraEnv: Env = {}): Promise<number> {
  return new Promise((resolve) => {
    const env = { ...childEnv, ...extraEnv } as NodeJS.ProcessEnv;
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", (error) => {
      console.error(`[test] could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

function banner(title: string) {
  console.log(`\n[test] ===== ${title} =====`);
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await fs.readFile(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

async function typecheck(): Promise<LevelResult> {
  banner("typecheck (next typegen, tsc --noEmit)");
  const started = Date.now();
  // Route and next-env.d.ts types, so a fresh clone type-checks without a build first.
  const typegen = await run(bin("next"), ["typegen"]);
  const code = typegen === 0 ? await run(bin("tsc"), ["--noEmit", "--pretty", "false"]) : typegen;
  return oneCheck("typecheck", started, code, typegen !== 0 ? "next typegen failed" : "type errors");
}

async function lint(): Promise<LevelResult> {
  banner("lint (eslint: Next's rules, regex safety)");
  const started = Date.now();
  const code = await run(bin("eslint"), ["--max-warnings", "0", "."]);
  return oneCheck("lint", started, code, "lint errors or warnings");
}

/** A level that is a single check, counted as one test. */
function oneCheck(name: string, started: number, code: number, failure: string): LevelResult {
  return {
    name,
    passed: code === 0 ? 1 : 0,
    failed: code === 0 ? 0 : 1,
    skipped: 0,
    ms: Date.now() - started,
    note: code === 0 ? undefined : failure,
  };
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
}

async function vitest(project: "unit" | "integration", outDir: string): Promise<LevelResult> {
  banner(`${project} tests (vitest)`);
  const started = Date.now();
  const output = path.join(outDir, `${project}.json`);
  const code = await run(bin("vitest"), [
    "run",
    "--project",
    project,
    "--passWithNoTests",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${output}`,
  ]);
  const report = await readJson<VitestJson>(output);
  const result: LevelResult = {
    name: project,
    passed: report?.numPassedTests ?? 0,
    // A file that fails to load has no failed test but a failed suite: count it.
    failed: (report?.numFailedTests ?? 0) + (report && report.numFailedTests === 0 ? report.numFailedTestSuites : 0),
    skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0),
    ms: Date.now() - started,
  };
  if (code !== 0 && result.failed === 0) {
    result.failed = 1;
    result.note = report ? `vitest exited with code ${code}` : `vitest exited with code ${code} and no report`;
  }
  return result;
}

interface PlaywrightJson {
  stats?: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: { message?: string }[];
}

async function playwright(outDir: string): Promise<LevelResult> {
  banner("end-to-end tests (Playwright, Chromium)");
  const started = Date.now();
  const output = path.join(outDir, "e2e.json");
  const code = await run(bin("playwright"), ["test", "--reporter=list,json", "--pass-with-no-tests"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: output,
  });
  const report = await readJson<PlaywrightJson>(output);
  const stats = report?.stats;
  const result: LevelResult = {
    name: "e2e",
    passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0),
    failed: stats?.unexpected ?? 0,
    skipped: stats?.skipped ?? 0,
    ms: Date.now() - started,
  };
  if (stats?.flaky) result.note = `${stats.flaky} flaky (passed on retry)`;
  if (code !== 0 && result.failed === 0) {
    result.failed = 1;
    const firstError = report?.errors?.[0]?.message?.split("\n")[0];
    result.note = firstError ? `run failed: ${firstError}` : `playwright exited with code ${code}`;
  }
  return result;
}

async function main() {
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), "nato-tracker-test-"));
  const results: LevelResult[] = [];
  try {
    const levels = [typecheck, lint, () => vitest("unit", outDir), () => vitest("integration", outDir), () => playwright(outDir)];
    for (const level of levels) {
      if (interrupted) break;
      results.push(await level());
    }
  } finally {
    await fs.rm(outDir, { recursive: true, force: true });
  }

  console.log("\n[test] ===== summary =====");
  for (const r of results) {
    const skipped = r.skipped ? `, ${r.skipped} skipped` : "";
    const note = r.note ? ` (${r.note})` : "";
    console.log(
      `[test] ${r.name.padEnd(11)} ${r.failed ? "FAIL" : "ok  "}  ${r.passed} passed, ${r.failed} failed${skipped}  ${(r.ms / 1000).toFixed(1)} s${note}`,
    );
  }
  if (interrupted) console.log(`[test] interrupted by ${interrupted}: the remaining levels did not run`);
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = interrupted ? 130 : failed > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(`[test] error: ${error instanceof Error ? error.message : String(error)}`);
  console.log("0 passed, 1 failed");
  process.exitCode = 1;
});
