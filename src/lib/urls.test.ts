import { describe, expect, it } from "vitest";
import {
  absoluteUrl,
  positionsSpeakerChooserUrl,
  positionsUrl,
  apiStatementsUrl,
  siteBaseUrl,
  slugifyQuote,
  sourceUrlAtQuote,
  encodeTextFragmentTerm,
  articlePath,
  facetPickerUrl,
  outletPath,
  topicPath,
  speakerUrl,
  statementUrl,
  statementsPageUrl,
  statementsUrl,
  statementsUrlWithout,
  timelineSpeakerChooserUrl,
  timelineUrl,
} from "./urls";

describe("slugifyQuote", () => {
  it("takes the first eight words, lower case, joined by hyphens", () => {
    expect(slugifyQuote("I think it would be unwise to do so, Rutte said and more")).toBe(
      "i-think-it-would-be-unwise-to-do",
    );
  });
  it("folds accents and drops apostrophes and punctuation", () => {
    expect(slugifyQuote("We don’t have «red lines», Rütte’s view — fine!")).toBe("we-dont-have-red-lines-ruttes-view-fine");
  });
  it("is never empty", () => {
    expect(slugifyQuote("…!?")).toBe("statement");
    expect(slugifyQuote("Слава Україні")).toBe("statement");
  });
  it("keeps numbers", () => {
    expect(slugifyQuote("In 2025, 32 allies agreed")).toBe("in-2025-32-allies-agreed");
  });
  it("stays short for very long words", () => {
    expect(slugifyQuote("a".repeat(300)).length).toBeLessThanOrEqual(80);
  });
});

describe("statement and speaker URLs", () => {
  it("builds the permalink", () => {
    expect(statementUrl({ id: "k3f9x2ab7q", quote: "Ukraine should be at the negotiating table" })).toBe(
      "/statements/k3f9x2ab7q/ukraine-should-be-at-the-negotiating-table",
    );
  });
  it("builds speaker and timeline URLs", () => {
    expect(speakerUrl("mark-rutte")).toBe("/speakers/mark-rutte");
    expect(timelineUrl()).toBe("/timeline");
    expect(timelineUrl({ speaker: "mark-rutte" })).toBe("/timeline?speaker=mark-rutte");
    expect(timelineUrl({ speaker: null })).toBe("/timeline");
    expect(timelineUrl({ speaker: "mark-rutte", reviewed: true })).toBe("/timeline?speaker=mark-rutte&reviewed=1");
    expect(timelineUrl({ reviewed: true })).toBe("/timeline?reviewed=1");
    expect(timelineSpeakerChooserUrl()).toBe("/timeline/speakers");
    expect(timelineSpeakerChooserUrl({ reviewed: true })).toBe("/timeline/speakers?reviewed=1");
  });
});

describe("statementsUrl", () => {
  it("has no query for the empty filter or page 1", () => {
    expect(statementsUrl()).toBe("/statements");
    expect(statementsUrl({ page: 1 })).toBe("/statements");
  });
  it("writes parameters in a fixed order and encodes text", () => {
    expect(statementsUrl({ q: "red lines & more", page: 2, topic: "troops", speaker: "mark-rutte" })).toBe(
      "/statements?speaker=mark-rutte&topic=troops&q=red+lines+%26+more&page=2",
    );
  });
  it("removes one parameter and resets the page", () => {
    expect(statementsUrlWithout({ topic: "troops", stance: "opposes", page: 3 }, "topic")).toBe("/statements?stance=opposes");
  });
  it("builds page links", () => {
    expect(statementsPageUrl({ topic: "membership" }, 4)).toBe("/statements?topic=membership&page=4");
    expect(statementsPageUrl({ topic: "membership" }, 1)).toBe("/statements?topic=membership");
  });
  it("builds API URLs with the same parameters", () => {
    expect(apiStatementsUrl({ from: "2024-01-01" })).toBe("/api/statements?from=2024-01-01");
  });
});

describe("absolute URLs", () => {
  it("resolves a path against a base", () => {
    expect(absoluteUrl("/statements/a/b", "http://localhost:3000")).toBe("http://localhost:3000/statements/a/b");
    expect(absoluteUrl("/x", "https://example.org/")).toBe("https://example.org/x");
  });
  it("uses SITE_URL when set, else localhost and the port", () => {
    expect(siteBaseUrl({ SITE_URL: "https://tracker.example.org/", PORT: 3000 })).toBe("https://tracker.example.org");
    expect(siteBaseUrl({ PORT: 4123 })).toBe("http://localhost:4123");
    expect(siteBaseUrl({})).toBe("http://localhost:3000");
  });
});

describe("sourceUrlAtQuote", () => {
  it("adds a text fragment for a short quote", () => {
    expect(sourceUrlAtQuote("https://news.example/a", "unwise to do so")).toBe("https://news.example/a#:~:text=unwise%20to%20do%20so");
  });
  it("uses start and end words for a long quote, escaping dashes and commas", () => {
    expect(
      sourceUrlAtQuote(
        "https://news.example/a#top",
        "What needs to be done is to ensure that Ukrainians can continue to fight, this battle - now.",
      ),
    ).toBe("https://news.example/a#:~:text=What%20needs%20to%20be,this%20battle%20%2D%20now.");
  });
});

describe("text fragments", () => {
  it("percent-encodes the characters that are syntax in a text directive: dash, comma, ampersand", () => {
    expect(encodeTextFragmentTerm("peace-keeping, talks & deals")).toBe("peace%2Dkeeping%2C%20talks%20%26%20deals");
  });
  it("encodes non-ASCII words and quotation marks as UTF-8", () => {
    expect(encodeTextFragmentTerm("Rütte’s “line”")).toBe("R%C3%BCtte%E2%80%99s%20%E2%80%9Cline%E2%80%9D");
  });
  it("matches a quote of up to eight words whole, with line breaks folded to spaces", () => {
    expect(sourceUrlAtQuote("https://news.example/a", "We will not\n send  troops")).toBe(
      "https://news.example/a#:~:text=We%20will%20not%20send%20troops",
    );
  });
  it("uses textStart,textEnd (four words each) for a longer quote; the comma between them stays a separator", () => {
    const url = sourceUrlAtQuote(
      "https://news.example/a",
      "Allies, as ever, must decide - and decide together - what the next step & the one after will be",
    );
    const directive = url.split("#:~:text=")[1];
    expect(directive.split(",")).toEqual(["Allies%2C%20as%20ever%2C%20must", "one%20after%20will%20be"]);
  });
  it("keeps the address's query and replaces an existing fragment; an empty quote gives the bare address", () => {
    expect(sourceUrlAtQuote("https://news.example/a?id=3#comments", "ceasefire now")).toBe(
      "https://news.example/a?id=3#:~:text=ceasefire%20now",
    );
    expect(sourceUrlAtQuote("https://news.example/a#x", "  ")).toBe("https://news.example/a");
  });
});

describe("topic, outlet and article pages", () => {
  it("builds their paths, escaping what comes from data", () => {
    expect(topicPath("troops")).toBe("/topics/troops");
    expect(outletPath("the-kyiv-independent")).toBe("/outlets/the-kyiv-independent");
    expect(articlePath("ck1 x")).toBe("/articles/ck1%20x");
    expect(articlePath("ck1", "ab12")).toBe("/articles/ck1#s-ab12");
  });
  it("links the picker page with the other filters, never the picked facet or the page position", () => {
    expect(facetPickerUrl("speaker", { speaker: "mark-rutte", topic: "troops", page: 3 })).toBe("/statements/choose/speaker?topic=troops");
    expect(facetPickerUrl("outlet")).toBe("/statements/choose/outlet");
  });
});

describe("positionsUrl", () => {
  it("keeps topic, repeated speakers, zoom and period in order and leaves the default zoom out", () => {
    expect(positionsUrl({ topic: "troops", speaker: ["mark-rutte", "dmitry-medvedev"], zoom: "month", at: "2025-06" })).toBe(
      "/positions?topic=troops&speaker=mark-rutte&speaker=dmitry-medvedev&zoom=month&at=2025-06",
    );
    expect(positionsUrl({ topic: "membership", zoom: "year", at: "2025", view: "table" })).toBe("/positions?topic=membership&at=2025&view=table");
    expect(positionsUrl({ topic: "troops", changes: "all" })).toBe("/positions?topic=troops&changes=all");
    expect(positionsSpeakerChooserUrl({ topic: "troops", speaker: ["mark-rutte"], zoom: "month", at: "2025-06", changes: "all", page: 2 })).toBe(
      "/positions/speakers?topic=troops&speaker=mark-rutte&zoom=month&at=2025-06",
    );
  });

  it("names a page of rows after the first only", () => {
    expect(positionsUrl({ topic: "troops", page: 1 })).toBe("/positions?topic=troops");
    expect(positionsUrl({ topic: "troops", at: "2025", page: 2 })).toBe("/positions?topic=troops&at=2025&page=2");
    expect(positionsUrl({ topic: "troops", page: 2, speaker: ["mark-rutte"] })).toBe("/positions?topic=troops&speaker=mark-rutte");
  });
});
