// npm run eval: extraction quality on the hand-annotated gold set, overall and per article.
import { evaluateGoldSet } from "../src/domain/eval/goldSet";
import { missedTargets, scores, type Scores } from "../src/domain/eval/evaluate";

const COLUMNS: [keyof Scores, string][] = [
  ["precision", "P"], ["recall", "R"], ["f1", "F1"], ["directRecall", "dirR"], ["indirectRecall", "indR"],
  ["speakerAccuracy", "spk"], ["topicF1", "topF1"], ["dateAccuracy", "date"], ["outletAccuracy", "outlet"],
];

const row = (label: string, s: Scores, extra: string) => `${label.padEnd(34)} ${COLUMNS.map(([k]) => s[k].toFixed(2).padStart(6)).join(" ")}  ${extra}`;

const { articles, total } = evaluateGoldSet(process.cwd());
console.log(`${"article".padEnd(34)} ${COLUMNS.map(([, h]) => h.padStart(6)).join(" ")}  gold/pred/matched`);
for (const a of articles) console.log(row(a.name, scores(a.counts), `${a.counts.gold}/${a.counts.predicted}/${a.counts.matched}`));
const overall = scores(total);
console.log("-".repeat(110));
console.log(row(`OVERALL (${articles.length} articles)`, overall, `${total.gold}/${total.predicted}/${total.matched}`));
const missed = missedTargets(overall);
console.log(missed.length ? `below target: ${missed.join(", ")}` : "all targets met (F1 ≥ 0.90, direct recall ≥ 0.95, speaker ≥ 0.95, topic F1 ≥ 0.85, date and outlet ≥ 0.90)");
process.exitCode = missed.length ? 1 : 0;
