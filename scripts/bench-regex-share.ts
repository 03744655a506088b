// `npx tsx scripts/bench-regex-share.ts`: how much of extraction time the regular-expression engine itself takes.
// 1. CPU time per pass of extraction over the bench's throughput articles (seeds and fixture articles).
// 2. One more pass with RegExp.prototype.exec wrapped, recording every call (pattern, text, lastIndex); the calls
//    are then replayed on copies of the patterns, so the replay costs only the engine's matching.
// The replay is an upper bound: once exec is wrapped, V8 runs split and replace step by step through exec, and
// each step is replayed as its own call. The share bounds what any change to how patterns are run (token
// lookups in place of alternations, fewer patterns per sentence) can gain (docs/decisions/0215-*.md).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { extractStatements } from "../src/domain/extract";

const CONTEXT = { publishedAt: "2025-01-15" };
const PASSES = 20;
const texts = ["seeds", "tests/fixtures/articles"].flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join(d, f), "utf8")));
const extractAll = () => texts.forEach((text) => extractStatements(text, CONTEXT));

function cpuMsPerPass(passes: number, run: () => void): number {
  const started = process.cpuUsage();
  for (let i = 0; i < passes; i++) run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / passes;
}

extractAll(); // warm-up: every pattern compiled
const extraction = cpuMsPerPass(PASSES, extractAll);

const calls: { pattern: RegExp; text: string; lastIndex: number }[] = [];
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (this: RegExp, text: string) {
  calls.push({ pattern: this, text: String(text), lastIndex: this.lastIndex });
  return exec.call(this, text);
};
extractAll();
RegExp.prototype.exec = exec;

const copies = new Map<RegExp, RegExp>();
const copyOf = (pattern: RegExp) => copies.get(pattern) ?? copies.set(pattern, new RegExp(pattern.source, pattern.flags)).get(pattern)!;
const replay = () => {
  for (const { pattern, text, lastIndex } of calls) {
    const copy = copyOf(pattern);
    copy.lastIndex = lastIndex;
    copy.exec(text);
  }
};
replay();
const matching = cpuMsPerPass(PASSES, replay);
console.log(`extraction: ${extraction.toFixed(1)} ms CPU per pass (${texts.length} articles)`);
console.log(`regex engine: ${matching.toFixed(1)} ms CPU per pass replaying ${calls.length} exec calls — at most ${((100 * matching) / extraction).toFixed(0)} % of extraction`);
