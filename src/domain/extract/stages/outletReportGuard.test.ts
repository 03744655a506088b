// The guard before `findOutlets` in the reported-speech stage (decision 0480): a clause it turns away can never be
// an outlet's report frame. Each citing form of context.ts, on invented outlets, and random clauses built from them.
import { describe, expect, it } from "vitest";
import { hasWords } from "../../text";
import { findOutlets } from "../context";
import { mayBeOutletReportFrame } from "./reportedSpeech";

function isFrame(clause: string): boolean {
  const citing = findOutlets(clause, true)[0];
  return !!citing && citing.index <= 2 && !hasWords(clause.slice(citing.index + citing.phrase.length), 4);
}

const FRAMES = [
  "according to Example Wire",
  "According to the Sampleland news agency Example Daily",
  "cited by Example Wire on Monday",
  "quoted by the newspaper Example Times",
  "per Example News",
  "via Example Radio",
  "Example Wire reported",
  "the news agency Example Wire reported on Monday",
  "Reuters said",
  "the Example Daily newspaper reported",
  ", reports Example Daily",
  "an Example Wire correspondent reported",
  "the Example Times reporter wrote on Sunday",
  "reported, citing Example TV",
  "writes, referring to Example Daily",
];

describe("the guard before an outlet's report frame", () => {
  it("lets every citing form through", () => {
    for (const clause of FRAMES) {
      if (isFrame(clause)) expect(mayBeOutletReportFrame(clause), clause).toBe(true);
    }
    expect(FRAMES.filter(isFrame).length).toBeGreaterThan(8);
  });

  it("never turns away a frame among random clauses", () => {
    const pieces = [...FRAMES, "the minister", "said", "says", "the talks will resume", "on Monday", ",", ".", "“", "Example Wire", "news agency", "reported", "quotes", "wrote", "in Sampleton", "the plan", "is ready"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let frames = 0;
    for (let n = 0; n < 3000; n++) {
      const clause = Array.from({ length: 1 + Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]).join(" ");
      if (!isFrame(clause)) continue;
      frames++;
      expect(mayBeOutletReportFrame(clause), clause).toBe(true);
    }
    expect(frames).toBeGreaterThan(50);
  });

  it("turns away a plain reported clause", () => {
    expect(mayBeOutletReportFrame("the ferry talks would resume in May after the vote")).toBe(false);
  });
});
