// npm run agreement: how far a second, blind annotator agrees with the gold on topics and stance, per part
// of the real corpus (dev, test), scored by the eval's own code (decision 0110).
//   npm run agreement                     agreement with the gold as it stands
//   npm run agreement -- --at <git-rev>   agreement with the gold as it stood at a commit (before adjudication)
//   npm run agreement -- --disagreements  also lists every statement where the two disagree (topic: gold → second)
//   npm run agreement -- --articles <file> only the articles whose ids the file lists (e.g. one batch, decision 0455)
//   npm run agreement -- --sheet <part>   the blinded annotation sheet: article text and each gold statement's
//                                         quote, speaker and kind, without the gold topics or stance
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { cohenKappa, disagreements, onlyListed, relabel, statementKey, taggedStanceConfusion, type SecondLabel } from "../src/domain/eval/agreement";
import { addCounts, countArticle, emptyCounts, scores, type Confusion, type Counts, type GoldStatement } from "../src/domain/eval/evaluate";
import { loadGoldSet, loadSplit, type GoldArticle, type GoldFile } from "../src/domain/eval/goldSet";

const LABELS = "tests/fixtures/agreement/second-annotator.json";
const REAL_PARTS = ["dev", "test"] as const;
const STANCE_VALUES = ["opposes", "conditional", "supports", "neutral"];
const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);

interface LabelFile {
  annotator: string;
  labels: Record<string, Record<string, SecondLabel>>;
}

function printSheet(articles: GoldArticle[]): void {
  for (const a of articles) {
    console.log(`\n=== ${a.name} (${a.gold.outlet ?? "?"}, ${a.gold.publishedAt ?? "?"})\n${a.text}\n--- statements`);
    for (const s of a.gold.statements) console.log(`[${statementKey(s)}] ${s.kind} · ${s.speaker ?? "(no speaker)"}: “${s.quote}”`);
  }
}

/** The gold file as it stood at a git revision, for the figures before adjudication; undefined if not there yet. */
function goldAt(revision: string, name: string): GoldFile | undefined {
  const spec = `${revision}:tests/fixtures/gold/${name}.json`;
  try {
    execFileSync("git", ["cat-file", "-e", spec], { stdio: "ignore" });
  } catch {
    return undefined;
  }
  return JSON.parse(execFileSync("git", ["show", spec], { encoding: "utf8" })) as GoldFile;
}

function confusionTable(confusion: Confusion): string {
  const lines = [`    ${"gold ↓ / second →".padEnd(20)}${STANCE_VALUES.map((v) => v.padStart(12)).join("")}`];
  for (const g of STANCE_VALUES) lines.push(`    ${g.padEnd(20)}${STANCE_VALUES.map((s) => String(confusion[g]?.[s] ?? 0).padStart(12)).join("")}`);
  return lines.join("\n");
}

function report(part: string, counts: Counts, tagged: Confusion, labelled: number, total: number): void {
  const s = scores(counts);
  console.log(`\n${part}: ${labelled}/${total} gold statements labelled by the second annotator`);
  console.log(`  topic F1 ${s.topicF1.toFixed(3)} (tp ${counts.topicTp}, gold only ${counts.topicFn}, second only ${counts.topicFp})`);
  console.log(`  stance accuracy ${s.stanceAccuracy.toFixed(3)} (${counts.stanceCorrect}/${counts.stanceTotal} judgements), Cohen's kappa ${cohenKappa(counts.stanceConfusion).toFixed(3)}`);
  console.log(confusionTable(counts.stanceConfusion));
  const taggedTotal = Object.values(tagged).reduce((sum, row) => sum + Object.values(row).reduce((a, b) => a + b, 0), 0);
  const taggedAgreed = STANCE_VALUES.reduce((sum, v) => sum + (tagged[v]?.[v] ?? 0), 0);
  console.log(`  over every stance topic either side tags (neutral/neutral counted): ${taggedAgreed}/${taggedTotal} agree, Cohen's kappa ${cohenKappa(tagged).toFixed(3)}`);
}

function listDisagreements(name: string, pair: { gold: GoldStatement[]; second: GoldStatement[] }): void {
  pair.gold.forEach((g, i) => {
    const found = disagreements(g, pair.second[i]);
    if (found.length === 0) return;
    console.log(`  ${name} [${statementKey(g)}] ${g.speaker ?? "?"}: “${g.quote.slice(0, 120)}”`);
    console.log(`      ${found.map((d) => `${d.topic}: ${d.gold} → ${d.second}`).join("; ")}`);
  });
}

// Each part with its later batches (decision 0455: the raw split.json lists left the batches out).
const split = loadSplit(process.cwd());
const articlesFile = option("--articles");
const listed = articlesFile ? readFileSync(articlesFile, "utf8") : undefined;
const real = loadGoldSet(process.cwd()).filter((a) => a.part === "dev" || a.part === "test");
const sheetPart = option("--sheet");
if (sheetPart) {
  printSheet(real.filter((a) => a.part === sheetPart));
} else {
  const revision = option("--at");
  const { annotator, labels } = JSON.parse(readFileSync(path.join(process.cwd(), LABELS), "utf8")) as LabelFile;
  console.log(`second annotator: ${annotator}; gold ${revision ? `at ${revision}` : "as it stands"}`);
  for (const part of REAL_PARTS) {
    let counts = emptyCounts();
    const pairs: { gold: GoldStatement; second: GoldStatement }[] = [];
    let labelled = 0;
    let total = 0;
    for (const name of onlyListed(split[part], listed)) {
      const current = real.find((a) => a.name === name)!.gold;
      const gold = revision ? goldAt(revision, name) : current;
      if (!labels[name] || !gold) {
        total += current.statements.length; // unlabelled, or absent at --at: counts towards the total only
        continue;
      }
      const pair = relabel(gold.statements, labels[name]);
      counts = addCounts(counts, countArticle(pair.gold, pair.second));
      pair.gold.forEach((g, i) => pairs.push({ gold: g, second: pair.second[i] }));
      if (argv.includes("--disagreements")) listDisagreements(name, pair);
      labelled += pair.gold.length;
      total += gold.statements.length;
    }
    report(part, counts, taggedStanceConfusion(pairs), labelled, total);
  }
}
