// `npx tsx scripts/generate-bmp-classes.ts`: writes src/domain/bmpClasses.json, the BMP classes that stand in for
// `\p{…}` in the patterns run without the u flag (src/domain/matches.ts, `bmpClass`), and whether each character
// beyond ASCII in them matches alike with and without u (`foldsAlike`), computed under this Node.
// The extraction worker then reads them instead of computing them at its start (a tenth of it, decision 0495); a
// Node with other V8, ICU or Unicode versions computes them as before. Run it again after a pattern starts using
// another property (src/domain/bmpClasses.test.ts says so) or when Node is upgraded.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extractStatements } from "../src/domain/extract";
import { bmpClassKey, bmpClassOfKey, bmpReadingsAsked, bmpRuntime, computeBmpClass, computeFoldsAlike } from "../src/domain/matches";

// Every pattern the extraction makes at its start, and any it makes while extracting.
const seeds = JSON.parse(readFileSync("seeds/manifest.json", "utf8")) as { articles: { file: string }[] };
for (const { file } of seeds.articles) extractStatements(readFileSync(path.join("seeds", file), "utf8"), { publishedAt: "2025-01-15" });

const asked = bmpReadingsAsked();
const classes: Record<string, string | null> = {};
for (const key of asked.classes.map(({ name, caseless }) => bmpClassKey(name, caseless)).sort()) {
  const { name, caseless } = bmpClassOfKey(key);
  classes[key] = computeBmpClass(name, caseless);
}
const foldsAlike: Record<string, boolean> = {};
for (const ch of asked.foldsAlike.sort()) foldsAlike[ch] = computeFoldsAlike(ch);
const out = path.join("src", "domain", "bmpClasses.json");
writeFileSync(out, `${JSON.stringify({ runtime: bmpRuntime(), classes, foldsAlike }, null, 1)}\n`);
console.log(`${Object.keys(classes).length} classes and ${Object.keys(foldsAlike).length} characters written to ${out} (${bmpRuntime()})`);
