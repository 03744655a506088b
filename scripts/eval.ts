// npm run eval: extraction quality on the hand-annotated gold set, every field, for each part of the set
// (test, dev, seeds, synthetic) and per article. The headline is the test part: real reports annotated
// blind and never tuned to (decision 0040).
//   npm run eval                        scores, and a regression check against tests/fixtures/eval-baseline.json
//   npm run eval -- --update-baseline   records the current scores as the new baseline (review the diff)
//   npm run eval -- --quiet             no per-article rows (the test part's are never printed: it is blind)
//   npm run eval -- --test-confusion    also prints the test part's aggregate stance table (for a closing report;
//                                       without it nobody studying dev sees how test's stances fall by accident)
//   (dev is also scored in two fixed halves, A and B, to check that rules written on one hold on the other)
//   npm run eval -- --errors dev        lists every topic and stance error of a studied part (dev, seeds,
//                                       synthetic) with the rule that decided it; refuses the test part
//   npm run eval -- --errors dev --fields   lists instead the missed and extra statements and every speaker,
//                                       role, outlet and date error of a studied part; refuses the test part
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PARTS, classificationErrors, devHalves, evaluateGoldSet, fieldErrors, loadSplit, type Part } from "../src/domain/eval/goldSet";
import { SCORE_NAMES, TARGETS, addCounts, emptyCounts, missedTargets, regressions, scores, topicPrecisionRecall, type Confusion, type Counts, type Scores } from "../src/domain/eval/evaluate";
import { bootstrapIntervals } from "../src/domain/eval/interval";
import { publishedAccuracyOf } from "../src/domain/eval/publishedAccuracy";
import { EXTRACTOR_VERSION } from "../src/domain/extract/version";
import { STANCE_TOPICS, TOPICS } from "../src/domain/extract/types";

const COLUMNS: Record<(typeof SCORE_NAMES)[number], string> = {
  precision: "P", recall: "R", f1: "F1", directRecall: "dirR", indirectRecall: "indR", speakerAccuracy: "spk",
  roleAccuracy: "role", kindAccuracy: "kind", topicF1: "topF1", stanceAccuracy: "stance", dateAccuracy: "date",
  outletAccuracy: "outlet", venueAccuracy: "venue",
};
const BASELINE = path.join(process.cwd(), "tests/fixtures/eval-baseline.json");
/** What the site's accuracy page shows, rewritten with the baseline (decision 0805). */
const PUBLISHED = path.join(process.cwd(), "src/domain/eval/data/published-accuracy.json");
const argv = process.argv.slice(2);
const args = new Set(argv);
const OPTIONS = new Set(["--quiet", "--update-baseline", "--errors", "--fields", "--test-confusion"]);
const unknown = argv.filter((a, i) => !OPTIONS.has(a) && argv[i - 1] !== "--errors");
if (unknown.length) {
  // An unknown option (even --help) stops here, before anything about any article is printed.
  console.error(`unknown option ${unknown.join(" ")}; usage is in the comment at the top of scripts/eval.ts`);
  process.exit(2);
}

if (args.has("--errors")) {
  const part = argv[argv.indexOf("--errors") + 1] as Part | undefined;
  if (part === "test") {
    console.error("--errors test: refused. The test part is scored blind; its errors are never listed (decision 0040).");
    process.exit(2);
  }
  if (!part || !PARTS.includes(part)) {
    console.error(`--errors needs a part: ${PARTS.filter((p) => p !== "test").join(", ")}`);
    process.exit(2);
  }
  const errors = args.has("--fields") ? fieldErrors(process.cwd(), part) : classificationErrors(process.cwd(), part);
  for (const e of errors) {
    console.log(`${e.article}  ${e.field}: gold ${e.gold}, extracted ${e.predicted}  [${e.rule}]\n    “${e.quote}”`);
  }
  process.exit(0);
}

const header = () => `${"article".padEnd(40)} ${SCORE_NAMES.map((k) => COLUMNS[k].padStart(6)).join(" ")}  gold/pred/matched`;
const row = (label: string, c: Counts) =>
  `${label.padEnd(40)} ${SCORE_NAMES.map((k) => scores(c)[k].toFixed(2).padStart(6)).join(" ")}  ${c.gold}/${c.predicted}/${c.matched}`;

function confusionTable(confusion: Confusion, label = "stance"): string {
  const values = ["opposes", "conditional", "supports", "neutral"];
  const lines = [`    ${`${label} (gold ↓ / extracted →)`.padEnd(40)}${values.map((v) => v.padStart(12)).join("")}`];
  for (const expected of values) lines.push(`    ${expected.padEnd(40)}${values.map((got) => String(confusion[expected]?.[got] ?? 0).padStart(12)).join("")}`);
  return lines.join("\n");
}

const { articles, byPart } = evaluateGoldSet(process.cwd());
const present = PARTS.filter((part) => articles.some((a) => a.part === part));

if (!args.has("--quiet")) {
  console.log(header());
  for (const part of present) {
    console.log(`-- ${part}`);
    // Per-article rows of the blind part would invite studying it (decision 0040): its totals only.
    if (part === "test") console.log("   (per-article rows of the test part are not printed)");
    else for (const a of articles.filter((x) => x.part === part)) console.log(row(a.name, a.counts));
  }
  console.log();
}
console.log(header());
for (const part of present) console.log(row(`${part.toUpperCase()} (${articles.filter((a) => a.part === part).length} articles)`, byPart[part]));
// Leave-half-out on dev (decision 0140): rules written looking at half A are checked on half B, and back.
const halfOf = devHalves(loadSplit(process.cwd()).dev);
for (const half of ["A", "B"] as const) {
  const inHalf = articles.filter((a) => a.part === "dev" && halfOf.get(a.name) === half);
  console.log(row(`  dev half ${half} (${inHalf.length} articles)`, inHalf.reduce((c, a) => addCounts(c, a.counts), emptyCounts())));
}
function topicTable(c: Counts): string {
  const lines = [`    ${"topic".padEnd(40)}${["precision", "recall", "tp", "fp", "fn"].map((h) => h.padStart(12)).join("")}`];
  for (const topic of TOPICS) {
    const t = c.topicByTopic[topic];
    const { precision, recall } = topicPrecisionRecall(t);
    lines.push(`    ${topic.padEnd(40)}${[precision.toFixed(2), recall.toFixed(2), t.tp, t.fp, t.fn].map((v) => String(v).padStart(12)).join("")}`);
  }
  return lines.join("\n");
}

for (const part of present) {
  const c = byPart[part];
  // The headline part gets its totals only when asked: its tables would invite studying it.
  if (part === "test" && !args.has("--test-confusion")) continue;
  console.log(`\n${part}:\n${confusionTable(c.stanceConfusion)}`);
  if (part === "test") continue;
  for (const topic of STANCE_TOPICS) console.log(confusionTable(c.stanceByTopic[topic], `  ${topic}`));
  console.log(topicTable(c));
}

const headlinePart: Part = present.includes("test") ? "test" : present[0];
const headline = scores(byPart[headlinePart]);
const missed = missedTargets(headline);
const bar = Object.entries(TARGETS).map(([k, v]) => `${COLUMNS[k as keyof Scores]} ≥ ${v}`).join(", ");
console.log(`\nheadline (${headlinePart}): ${missed.length ? `below target: ${missed.join(", ")}` : "every target met"} (targets: ${bar})`);
// How far the headline could move by which articles happen to be in the part (decision 0800).
const intervals = bootstrapIntervals(articles.filter((a) => a.part === headlinePart).map((a) => a.counts));
const spread = SCORE_NAMES.map((k) => `${COLUMNS[k]} ${intervals[k][0].toFixed(3)}–${intervals[k][1].toFixed(3)}`).join(", ");
console.log(`95% interval (${headlinePart}, its articles resampled 1,000 times): ${spread}`);

const current = Object.fromEntries(present.map((part) => [part, scores(byPart[part])])) as Partial<Record<Part, Scores>>;
if (args.has("--update-baseline")) {
  const rounded = Object.fromEntries(Object.entries(current).map(([part, s]) => [part, Object.fromEntries(SCORE_NAMES.map((k) => [k, Number(s[k].toFixed(3))]))]));
  writeFileSync(BASELINE, `${JSON.stringify(rounded, null, 2)}\n`);
  console.log(`baseline written to ${path.relative(process.cwd(), BASELINE)}`);
  if (headlinePart === "test") {
    const about = { extractorVersion: EXTRACTOR_VERSION, measuredOn: new Date().toISOString().slice(0, 10), articles: articles.filter((a) => a.part === "test").length, statements: byPart.test.gold };
    writeFileSync(PUBLISHED, `${JSON.stringify(publishedAccuracyOf({ scores: headline, intervals, targets: TARGETS }, about), null, 2)}\n`);
    console.log(`the accuracy readers see written to ${path.relative(process.cwd(), PUBLISHED)}`);
  }
} else if (existsSync(BASELINE)) {
  const baseline = JSON.parse(readFileSync(BASELINE, "utf8")) as Partial<Record<Part, Partial<Scores>>>;
  const dropped = present.flatMap((part) => regressions(current[part]!, baseline[part] ?? {}).map((r) => `${part}: ${r}`));
  console.log(dropped.length ? `regressions against the baseline:\n  ${dropped.join("\n  ")}` : "no regression against the baseline");
  process.exitCode = dropped.length ? 1 : 0;
}
