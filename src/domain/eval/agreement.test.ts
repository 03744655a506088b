import { describe, expect, it } from "vitest";
import { cohenKappa, disagreements, onlyListed, relabel, statementKey, taggedStanceConfusion } from "./agreement";
import { countArticle, type GoldStatement } from "./evaluate";

const statement = (start: number, end: number, topics: GoldStatement["topics"], stance: GoldStatement["stance"] = {}): GoldStatement => ({
  quote: "x".repeat(end - start), start, end, kind: "direct", speaker: "A", outletCited: null, date: null, datePrecision: null, topics, stance,
});

describe("cohenKappa", () => {
  it("is 1 for perfect agreement over two values", () => {
    expect(cohenKappa({ opposes: { opposes: 3 }, supports: { supports: 2 } })).toBe(1);
  });
  it("is 0 when agreement is what the marginals predict by chance", () => {
    expect(cohenKappa({ a: { a: 1, b: 1 }, b: { a: 1, b: 1 } })).toBeCloseTo(0);
  });
  it("matches a worked example (observed 0.7, chance 0.5)", () => {
    expect(cohenKappa({ yes: { yes: 20, no: 5 }, no: { yes: 10, no: 15 } })).toBeCloseTo(0.4);
  });
});

describe("relabel", () => {
  it("pairs each gold statement with the second annotator's labels on the same quote, leaving unlabelled ones out", () => {
    const gold = [statement(0, 10, ["troops"], { troops: { value: "opposes", evidence: "no" } }), statement(20, 30, ["other"])];
    const pair = relabel(gold, { [statementKey(gold[0])]: { topics: ["troops", "negotiations"], stance: { troops: "conditional" } } });
    expect(pair.gold).toHaveLength(1);
    const counts = countArticle(pair.gold, pair.second);
    expect(counts.matched).toBe(1);
    expect([counts.topicTp, counts.topicFp, counts.topicFn]).toEqual([1, 1, 0]);
    expect(counts.stanceConfusion).toEqual({ opposes: { conditional: 1 } });
  });
});

describe("disagreements", () => {
  it("names each topic where tagging or stance differs, and nothing when they agree", () => {
    const gold = statement(0, 10, ["troops", "other"], { troops: { value: "supports", evidence: "x" } });
    const second = statement(0, 10, ["troops", "negotiations"], { troops: { value: "conditional", evidence: "" } });
    expect(disagreements(gold, second)).toEqual([
      { topic: "troops", gold: "supports", second: "conditional" },
      { topic: "negotiations", gold: "—", second: "neutral" },
      { topic: "other", gold: "tagged", second: "—" },
    ]);
    expect(disagreements(gold, gold)).toEqual([]);
  });
});

describe("taggedStanceConfusion", () => {
  it("counts every stance topic either side tags, neutral against neutral included, and skips untagged ones", () => {
    const gold = statement(0, 10, ["membership"]);
    const second = statement(0, 10, ["membership", "other"]);
    expect(taggedStanceConfusion([{ gold, second }])).toEqual({ neutral: { neutral: 1 } });
  });
});

describe("onlyListed", () => {
  it("keeps every id without a list, and only the listed ones, in their order, with one", () => {
    expect(onlyListed(["a", "b", "c"])).toEqual(["a", "b", "c"]);
    expect(onlyListed(["a", "b", "c"], "c\n a\n\nz\n")).toEqual(["a", "c"]);
  });
});
