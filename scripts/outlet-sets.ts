// Scores the invented outlet sets (decision 0770): run with `npx tsx scripts/outlet-sets.ts [-v]`.
import { FIRST_SET, SECOND_SET, THIRD_SET, type OutletCase } from "../src/domain/extract/outletsAcrossTheArticle.cases";
import { outletsOf } from "../src/domain/extract/caseReadouts.testing";

function report(name: string, set: OutletCase[], verbose: boolean) {
  let want = 0, ok = 0, missed = 0;
  const groups = new Map<string, [number, number]>();
  for (const k of set) {
    const got = outletsOf(k);
    k.want.forEach(([words, outlet], i) => {
      want++;
      const g = groups.get(k.group) ?? [0, 0];
      g[1]++;
      if (got[i] === undefined) missed++;
      if (got[i] === outlet) { ok++; g[0]++; }
      else if (verbose || got[i] !== undefined) console.log(`  [${k.group}] ${words}: got ${got[i] === undefined ? "NO STATEMENT" : got[i]} want ${outlet}${k.open ? " (open)" : ""}   <- ${k.text.split("\n").slice(1).join(" / ").slice(0, 100)}`);
      groups.set(k.group, g);
    });
  }
  console.log(`${name}: ${set.length} cases, ${want} statements: right ${ok}, no statement ${missed}; ${[...groups].map(([g, [a, b]]) => `${g} ${a}/${b}`).join(", ")}`);
}

const verbose = process.argv.includes("-v");
report("first set", FIRST_SET, verbose);
report("second set", SECOND_SET, verbose);
report("third set (after the rules)", THIRD_SET, verbose);
