// npm run bench: extraction speed on one core.
// Times are CPU time of this process, not wall-clock time, so other work on a shared machine does not count.
// 1. Throughput in MB of article text per second on the seed and fixture articles (target ≥ 2 MB/s, issue 9).
// 2. Linearity: generated articles of 100 KB, 1 MB and 10 MB in four shapes (scripts/bench-inputs.ts);
//    time(10 MB) / time(1 MB) must stay ≤ 12 for every shape (docs/decisions/0025-linear-extraction.md).
// Exits non-zero when either target is missed.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { extractStatements } from "../src/domain/extract";
import { SHAPES, benchArticle } from "./bench-inputs";

const CONTEXT = { publishedAt: "2025-01-15" };
const MB = 1024 * 1024;
const MAX_RATIO = 12;

function throughput(): boolean {
  const dirs = ["seeds", "tests/fixtures/articles"].filter((d) => existsSync(d));
  const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join(d, f), "utf8")));
  const bytesPerPass = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const targetBytes = 4 * MB;

  for (const t of texts) extractStatements(t, CONTEXT); // warm-up
  let bytes = 0;
  let statements = 0;
  const started = process.cpuUsage();
  while (bytes < targetBytes) {
    for (const t of texts) statements += extractStatements(t, CONTEXT).statements.length;
    bytes += bytesPerPass;
  }
  const seconds = cpuSecondsSince(started);
  const mbPerSecond = bytes / MB / seconds;
  console.log(`extraction: ${texts.length} articles, ${(bytes / MB).toFixed(1)} MB in ${seconds.toFixed(2)} s on one core`);
  console.log(`throughput: ${mbPerSecond.toFixed(2)} MB/s (${Math.round(statements / seconds)} statements/s); target ≥ 2 MB/s: ${mbPerSecond >= 2 ? "met" : "NOT met"}`);
  return mbPerSecond >= 2;
}

function cpuSecondsSince(started: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

/** CPU seconds to extract one text: the best of `runs`. */
function secondsFor(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = process.cpuUsage();
    extractStatements(text, CONTEXT);
    best = Math.min(best, cpuSecondsSince(started));
  }
  return best;
}

function linearity(): boolean {
  const sizes = [{ label: "100 KB", bytes: 100 * 1024, runs: 5 }, { label: "1 MB", bytes: MB, runs: 3 }, { label: "10 MB", bytes: 10 * MB, runs: 2 }];
  console.log(`\nlinearity: CPU seconds per article by size; time(10 MB) / time(1 MB) must be ≤ ${MAX_RATIO}`);
  console.log(`${"shape".padEnd(18)}${sizes.map((s) => s.label.padStart(10)).join("")}  ratio 10MB/1MB`);
  let ok = true;
  for (const shape of SHAPES) {
    const seconds = sizes.map(({ bytes, runs }) => secondsFor(benchArticle(shape, bytes), runs));
    const ratio = seconds[2] / seconds[1];
    ok &&= ratio <= MAX_RATIO;
    console.log(`${shape.padEnd(18)}${seconds.map((s) => s.toFixed(3).padStart(10)).join("")}  ${ratio.toFixed(1).padStart(6)} ${ratio <= MAX_RATIO ? "ok" : "TOO HIGH"}`);
  }
  console.log(`linearity target (ratio ≤ ${MAX_RATIO} for every shape): ${ok ? "met" : "NOT met"}`);
  return ok;
}

const fastEnough = throughput();
const linear = linearity();
process.exitCode = fastEnough && linear ? 0 : 1;
