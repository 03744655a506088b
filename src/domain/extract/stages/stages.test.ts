// Each stage of the pipeline alone, over a Document parsed from invented wording.
import { describe, expect, it } from "vitest";
import { parseDocument } from "../document";
import { classifyStatements } from "./classification";
import { attachOccasions } from "./occasion";
import { findQuoteCandidates } from "./quoteCandidates";
import { findReportedSpeech } from "./reportedSpeech";
import { resolveSpeakers } from "./speakers";

const TEXT = [
  "Example minister rules out troops",
  "",
  "Defence Minister Jane Example told the broadcaster Example TV on Monday that her country would not send soldiers. “We will not send troops,” she said.",
  "“Our answer is clear.”",
  "She later told reporters at a press conference in Brussels that peace talks could start once the fighting stops.",
].join("\n");
const doc = parseDocument(TEXT, { publishedAt: "2025-03-06" });
const at = (span: { start: number; end: number } | null | undefined) => (span ? TEXT.slice(span.start, span.end) : null);

describe("the Document", () => {
  it("holds paragraphs, sentences, quotation spans, mentions and the publication facts", () => {
    expect(doc.headline?.text).toBe("Example minister rules out troops");
    expect(doc.paragraphs.filter((p) => !p.isJunk)).toHaveLength(3);
    expect(doc.quotes.all.items.map((q) => TEXT.slice(q.innerStart, q.innerEnd))).toEqual(["We will not send troops", "Our answer is clear."]);
    expect(doc.mentions.items.some((m) => m.entity?.name === "Jane Example")).toBe(true);
    expect(doc.publication).toEqual({ date: "2025-03-06", precision: "day" });
  });
});

describe("stage 1: quote candidates", () => {
  const quotes = findQuoteCandidates(doc);

  it("finds each quote with the rule and the marks it rests on, and the attribution printed beside it", () => {
    expect(quotes.map((q) => [TEXT.slice(q.start, q.end), q.found.rule])).toEqual([
      ["We will not send troops", "quote-attributed-after"],
      ["Our answer is clear.", "quote-unattributed"],
    ]);
    expect(at(quotes[0].found.span)).toBe("“We will not send troops,”");
    expect(quotes[0].attribution).toMatchObject({ by: "mention", source: "after the quote" });
    expect(quotes[1].attribution).toEqual({ by: "context" });
  });

  it("leaves out scare quotes", () => {
    const scare = parseDocument("The so-called “coalition of the willing” met in Paris on Monday to talk.\n", {});
    expect(findQuoteCandidates(scare)).toEqual([]);
  });
});

describe("stage 2: reported-speech candidates", () => {
  const reported = findReportedSpeech(doc, findQuoteCandidates(doc));

  it("takes the clause after a speech verb, with the verb as evidence", () => {
    expect(reported.map((r) => TEXT.slice(r.start, r.end))).toEqual(["her country would not send soldiers", "peace talks could start once the fighting stops"]);
    expect(reported.every((r) => r.kind === "indirect")).toBe(true);
    expect(reported.map((r) => at(r.found.span))).toEqual(["told", "told"]);
  });

  it("does not edit the candidates it was given", () => {
    const quotes = findQuoteCandidates(doc);
    const copy = structuredClone(quotes.map(({ start, end, frame }) => ({ start, end, frame })));
    findReportedSpeech(doc, quotes);
    expect(quotes.map(({ start, end, frame }) => ({ start, end, frame }))).toEqual(copy);
  });
});

describe("stage 3: speaker resolution", () => {
  const quotes = findQuoteCandidates(doc);
  const statements = resolveSpeakers(doc, quotes, findReportedSpeech(doc, quotes));

  it("resolves names and pronouns, and gives an unattributed quote to whoever is speaking", () => {
    expect(statements.map((s) => s.speaker?.name)).toEqual(["Jane Example", "Jane Example", "Jane Example", "Jane Example"]);
    expect(statements.map((s) => s.speakerDecision.rule)).toEqual(["speaker-name", "speaker-pronoun", "speaker-continues", "speaker-pronoun"]);
    expect(at(statements[1].speakerDecision.span)).toBe("she");
  });

  it("returns the statements in reading order", () => {
    const starts = statements.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe("stage 4: context (outlet, venue, date)", () => {
  const quotes = findQuoteCandidates(doc);
  const placed = attachOccasions(doc, resolveSpeakers(doc, quotes, findReportedSpeech(doc, quotes)));

  it("carries an outlet and a date stated once to the speaker's later statements, until a new occasion", () => {
    expect(placed.map((s) => s.occasion.outletCited)).toEqual(["Example TV", "Example TV", "Example TV", null]);
    expect(placed[3].occasion.venue).toBe("press conference in Brussels");
    expect(placed[1].occasion.decidedBy.outletCited.source).toBe("an earlier sentence about the speaker");
    expect(at(placed[1].occasion.decidedBy.outletCited.span)).toBe("told the broadcaster Example TV");
    expect(placed[0].occasion.date).toEqual({ date: "2025-03-03", precision: "day", source: "relative" });
    expect(at(placed[0].occasion.decidedBy.date.span)).toBe("on Monday");
  });
});

describe("stage 5: classification", () => {
  // With explanations asked for: where the stance evidence stands is placed only then (decision 0365).
  const explained = { ...doc, explain: true };
  const quotes = findQuoteCandidates(explained);
  const classified = classifyStatements(explained, attachOccasions(explained, resolveSpeakers(explained, quotes, findReportedSpeech(explained, quotes))));

  it("decides topics and stance with the words and their place in the article", () => {
    expect(classified[0].topics).toEqual(["troops"]);
    expect(classified[0].stance.troops?.value).toBe("opposes");
    expect(at(classified[0].decidedBy.stance.troops?.span)).toBe(classified[0].stance.troops?.evidence);
    expect(classified[3].topics).toContain("negotiations");
  });

  it("lets a quote without topic words go on from the same speaker's quote before", () => {
    expect(classified[2].topics).toEqual(["troops"]);
    expect(classified[2].decidedBy.topics.rule).toBe("topic-continues-previous-quote");
  });
});

describe("reported speech: general frames", () => {
  const reportedIn = (text: string) => {
    const parsed = parseDocument(text, { publishedAt: "2025-03-06" });
    const quotes = findQuoteCandidates(parsed);
    return resolveSpeakers(parsed, quotes, findReportedSpeech(parsed, quotes)).filter((s) => s.kind === "indirect");
  };

  it("reads a clause that stands before its attribution when more follows the verb", () => {
    const [first] = reportedIn("Talks with the other side are still possible, Defence Minister Jane Example has said, shortly after the meeting ended.\n");
    expect(first.speaker?.name).toBe("Jane Example");
    expect(first.found.rule).toBe("speech-verb-after-clause");
  });

  it("does not take a sentence's main clause for what a subordinate attribution reports", () => {
    const statements = reportedIn("So far Jane Example has kept the plan secret, although she did say last week that the money is there.\n");
    expect(statements.map((s) => s.found.rule)).not.toContain("speech-verb-after-clause");
  });

  it("reads 'signalled', 'hinted' and 'pledged to' as reported speech", () => {
    expect(reportedIn("Jane Example signalled her country would consider sending engineers.\n")).toHaveLength(1);
    expect(reportedIn("Jane Example hinted that the deadline could slip again.\n")).toHaveLength(1);
    const [pledge] = reportedIn("Jane Example pledged to keep the aid flowing through the winter.\n");
    expect(pledge.sentence.text.slice(pledge.start - pledge.sentence.start, pledge.end - pledge.sentence.start)).toBe("to keep the aid flowing through the winter");
  });

  it("reads an attribution that ends the sentence after an occasion ('…, she said after the talks.')", () => {
    const [first] = reportedIn("The door remains open to everyone who meets the rules, Jane Example said after the talks in Oslo.\n");
    expect(first?.speaker?.name).toBe("Jane Example");
  });
});
