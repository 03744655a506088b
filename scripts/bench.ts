// npm run bench: extraction throughput in MB of article text per second, on one core.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { extractStatements } from "../src/domain/extract";

const dirs = ["seeds", "tests/fixtures/articles"].filter((d) => existsSync(d));
const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join(d, f), "utf8")));
const bytesPerPass = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const targetBytes = 4 * 1024 * 1024;

for (const t of texts) extractStatements(t, { publishedAt: "2025-01-15" }); // warm-up
let bytes = 0;
let statements = 0;
const started = process.hrtime.bigint();
while (bytes < targetBytes) {
  for (const t of texts) statements += extractStatements(t, { publishedAt: "2025-01-15" }).statements.length;
  bytes += bytesPerPass;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const mbPerSecond = bytes / 1024 / 1024 / seconds;
console.log(`extraction: ${texts.length} articles, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(2)} s on one core`);
console.log(`throughput: ${mbPerSecond.toFixed(2)} MB/s (${Math.round(statements / seconds)} statements/s); target ≥ 1 MB/s: ${mbPerSecond >= 1 ? "met" : "NOT met"}`);
process.exitCode = mbPerSecond >= 1 ? 0 : 1;
