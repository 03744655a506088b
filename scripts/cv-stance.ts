// npm run cv: an honest held-out figure for stance and topics on DEV only (decision 0205). Leave-one-article-out:
// for each dev article, the stance model is trained on every other dev article (and, with --extra, the seeds and
// synthetic cases) and scored on the one left out, with the eval's own scoring (countArticle: topic F1, stance
// accuracy per statement × stance topic either side names, a missing stance = neutral). The rules are scored on
// the same articles for comparison; they are not trained, so their figure is a fit to dev, not a held-out one.
//   npm run cv                               rules vs model vs hybrid, for a few penalties
//   npm run cv -- --extra                    also train on seeds and synthetic cases
//   npm run cv -- --write [--l2 X] [--policy model|hybrid] [--extra]
//                                            trains on all of dev (+ extra) and writes src/domain/classify/data/stance-model.json
//   npm run cv -- --score                    the rules and the stored model on dev, without cross-validation
//   npm run cv -- --exclude-batches-from N   leaves dev batches N, N+1 … out of everything above
//   npm run cv -- --unseen-batches-from N    scores the stored model and the rules on dev batches N, N+1 … only
//                                            (split.json devBatches, 0-based), nothing trained on them: the unseen check
// The test part is never loaded.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { compactModel, decideStance, trainStanceModel, type Example, type StanceClass, type StanceModel, type StancePolicy } from "../src/domain/classify/stanceModel";
import type { Cue } from "../src/domain/classify/cues";
import { STORED_STANCE_MODEL } from "../src/domain/classify/storedModel";
import { addCounts, countArticle, emptyCounts, pairStatements, scores, type Counts } from "../src/domain/eval/evaluate";
import { loadGoldSet, type GoldArticle } from "../src/domain/eval/goldSet";
import { extractStatements } from "../src/domain/extract";
import { STANCE_TOPICS, type ExtractedStatement, type StanceTopic } from "../src/domain/extract/types";

const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const root = process.cwd();
const MODEL_FILE = path.join(root, "src/domain/classify/data/stance-model.json");
const TRAINING = { epochs: 400, rate: 0.5 };

interface Prepared {
  article: GoldArticle;
  /** The rules' statements, each with its cues per judged stance topic. */
  predicted: ExtractedStatement[];
}

function prepare(article: GoldArticle): Prepared {
  const { gold, text, headline } = article;
  const predicted = extractStatements(text, { publishedAt: gold.publishedAt, outlet: gold.outlet, headline, explain: true, stanceModel: null }).statements;
  return { article, predicted };
}

const judgedTopics = (p: ExtractedStatement): StanceTopic[] => STANCE_TOPICS.filter((t) => p.topics.includes(t));
/** With --no-rule-cues the model sees only the lexicon cues, not the rules' verdicts (which were written on dev). */
const ruleFree = argv.includes("--no-rule-cues");
const cuesOf = (p: ExtractedStatement, topic: StanceTopic): Cue[] =>
  (p.explain?.stance[topic]?.cues ?? []).filter((name) => !ruleFree || !name.startsWith("rule")).map((name) => ({ name, evidence: null, source: null }));

/** Training examples: every matched statement × stance topic the rules judged, labelled with the gold stance. */
function examplesOf({ article, predicted }: Prepared): Example[] {
  const gold = article.gold.statements;
  return pairStatements(gold, predicted).flatMap(([gi, pi]) =>
    judgedTopics(predicted[pi]).map((topic) => ({ cues: cuesOf(predicted[pi], topic).map((c) => c.name), label: (gold[gi].stance?.[topic]?.value ?? "neutral") as StanceClass })),
  );
}

/** The article's counts with each judged stance decided under the model's policy (null: the rules as extracted). */
function countWith(model: StanceModel | null, { article, predicted }: Prepared): Counts {
  const decided = predicted.map((p) => {
    const stance: ExtractedStatement["stance"] = {};
    for (const topic of judgedTopics(p)) {
      const rule = p.stance[topic] ? { value: p.stance[topic]!.value } : null;
      const { value } = decideStance(model, rule, cuesOf(p, topic));
      if (value !== "neutral") stance[topic] = { value, evidence: p.stance[topic]?.evidence ?? "" };
    }
    return { ...p, stance };
  });
  return countArticle(article.gold.statements, decided);
}

const sum = (counts: Counts[]) => counts.reduce(addCounts, emptyCounts());
const line = (label: string, c: Counts) => {
  const s = scores(c);
  return `${label.padEnd(44)} topic F1 ${s.topicF1.toFixed(3)}   stance ${s.stanceAccuracy.toFixed(3)} (${c.stanceCorrect}/${c.stanceTotal})`;
};

function leaveOneOut(dev: Prepared[], extra: Example[], l2: number, policy: StancePolicy): Counts {
  const examples = dev.map(examplesOf);
  return sum(dev.map((held, i) => countWith(trainStanceModel([...extra, ...examples.filter((_, j) => j !== i).flat()], { ...TRAINING, l2 }, policy), held)));
}

function unseenBatches(from: number): Set<string> {
  const split = JSON.parse(readFileSync(path.join(root, "tests/fixtures/real/split.json"), "utf8")) as { devBatches?: { dev: string[] }[] };
  return new Set((split.devBatches ?? []).slice(from).flatMap((b) => b.dev));
}

const all = loadGoldSet(root).filter((a) => a.part !== "test");
const unseenFrom = option("--unseen-batches-from");
if (unseenFrom !== undefined) {
  const unseen = unseenBatches(Number(unseenFrom));
  const prepared = all.filter((a) => unseen.has(a.name)).map(prepare);
  console.log(`unseen dev batches from #${unseenFrom}: ${prepared.length} articles`);
  console.log(line("rules", sum(prepared.map((p) => countWith(null, p)))));
  console.log(line(`stored model (${STORED_STANCE_MODEL.policy})`, sum(prepared.map((p) => countWith(STORED_STANCE_MODEL, p)))));
  process.exit(0);
}

const held = unseenBatches(Number(option("--exclude-batches-from") ?? Infinity));
const dev = all.filter((a) => a.part === "dev" && !held.has(a.name)).map(prepare);
if (argv.includes("--labels")) {
  // How the gold labels fall for each verdict of the rules: what a model could learn beyond them.
  const table = new Map<string, Record<string, number>>();
  for (const e of dev.flatMap(examplesOf)) {
    const says = e.cues.find((c) => c.startsWith("rule-says:")) ?? "?";
    const row = table.get(says) ?? {};
    row[e.label] = (row[e.label] ?? 0) + 1;
    table.set(says, row);
  }
  for (const [says, row] of table) console.log(says.padEnd(30), JSON.stringify(row));
}
const extra = argv.includes("--extra") ? all.filter((a) => a.part === "seeds" || a.part === "synthetic").map(prepare).flatMap(examplesOf) : [];
console.log(`leave-one-article-out over ${dev.length} dev articles${extra.length ? ` (+ ${extra.length} seed and synthetic examples in training)` : ""}`);
console.log(line("rules (not trained: a fit to dev)", sum(dev.map((p) => countWith(null, p)))));

if (argv.includes("--score")) {
  // No cross-validation: the rules and the stored model as they are, on these dev articles.
  console.log(line(`stored model (${STORED_STANCE_MODEL.policy}, trained on dev: in-sample)`, sum(dev.map((p) => countWith(STORED_STANCE_MODEL, p)))));
} else if (argv.includes("--write")) {
  const l2 = Number(option("--l2") ?? 0.01);
  const policy = (option("--policy") ?? "model") as StancePolicy;
  console.log(line(`model, ${policy}, l2 ${l2}, held out`, leaveOneOut(dev, extra, l2, policy)));
  const about = `multinomial logistic regression, l2 ${l2}, ${TRAINING.epochs} epochs, trained on ${dev.length} dev articles${extra.length ? " + seeds and synthetic" : ""} by scripts/cv-stance.ts; policy "${policy}" chosen by leave-one-article-out CV (decision 0205)`;
  const model = compactModel(trainStanceModel([...extra, ...dev.flatMap(examplesOf)], { ...TRAINING, l2 }, policy, about));
  writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`written to ${path.relative(root, MODEL_FILE)}`);
} else {
  for (const [l2, policy] of [[0.01, "model"], [0.03, "model"], [0.1, "model"], [0.03, "hybrid"]] as const)
    console.log(line(`model, ${policy}, l2 ${l2}, held out`, leaveOneOut(dev, extra, l2, policy)));
}
