// `npx tsx scripts/extract-snapshot.ts OUT.json`: the extractor's full output, with explanations, on every
// gold-set article (seeds, synthetic, real) and on the benchmark's generated shapes, written as JSON.
// A performance change must leave this file byte for byte the same: compare two runs with `cmp`.
// It prints nothing about any article, so the test part's output is compared mechanically, never read.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { loadGoldSet } from "../src/domain/eval/goldSet";
import { extractStatements } from "../src/domain/extract";
import { SHAPES, benchArticle } from "./bench-inputs";

const out = process.argv[2];
if (!out) {
  console.error("usage: tsx scripts/extract-snapshot.ts OUT.json");
  process.exit(2);
}

const snapshot: Record<string, unknown> = {};
for (const { name, gold, text, headline } of loadGoldSet(process.cwd())) {
  const context = { publishedAt: gold.publishedAt, outlet: gold.outlet, headline };
  snapshot[name] = extractStatements(text, context);
  snapshot[`${name} (explained)`] = extractStatements(text, { ...context, explain: true });
  snapshot[`${name} (no date)`] = extractStatements(text, { explain: true });
}
// Each statement of a generated article repeats its paragraph (the whole text for one line): hashed to stay small.
const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");
for (const shape of SHAPES) {
  const { statements } = extractStatements(benchArticle(shape, 300 * 1024), { publishedAt: "2025-01-15", explain: true });
  snapshot[`bench ${shape}`] = statements.map(digest);
}

writeFileSync(out, `${JSON.stringify(snapshot, null, 1)}\n`);
console.log(`${Object.keys(snapshot).length} extractions written to ${out}`);
