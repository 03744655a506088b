import { describe, expect, it } from "vitest";
import { apaCitation, bibtexCitation, bibtexKey, escapeBibtex, plainCitation, splitPersonName, type CitationInput } from "./citation";

// Invented wording, not a sentence from any article.
const base: CitationInput = {
  id: "abc123",
  speaker: "Jane Example",
  role: "Secretary General of NATO",
  quote: "We will decide together when the time comes",
  date: "2025-03-01",
  precision: "day",
  outlet: "Example Wire",
  url: "http://localhost:3000/statements/abc123/we-will-decide",
};

describe("plainCitation", () => {
  it("names speaker, role, quote, date, outlet and permalink", () => {
    expect(plainCitation(base)).toBe(
      "Jane Example, Secretary General of NATO: “We will decide together when the time comes” (1 March 2025, as reported by Example Wire). NATO Statement Tracker, http://localhost:3000/statements/abc123/we-will-decide",
    );
  });
  it("says when speaker, date and outlet are unknown", () => {
    expect(plainCitation({ ...base, speaker: null, date: null, outlet: null })).toBe(
      "Unattributed: “We will decide together when the time comes” (undated). NATO Statement Tracker, http://localhost:3000/statements/abc123/we-will-decide",
    );
  });
});

describe("splitPersonName", () => {
  it("takes the last word as family name", () => {
    expect(splitPersonName("Jane Example")).toEqual({ given: ["Jane"], family: "Example" });
    expect(splitPersonName("Ann Marie Sample")).toEqual({ given: ["Ann", "Marie"], family: "Sample" });
  });
  it("keeps lower-case particles with the family name", () => {
    expect(splitPersonName("Greta von der Beispiel")).toEqual({ given: ["Greta"], family: "von der Beispiel" });
  });
  it("leaves a single name whole", () => {
    expect(splitPersonName("Cher")).toEqual({ given: [], family: "Cher" });
  });
});

describe("apaCitation", () => {
  it("inverts the author, dates at the precision known and ends with the permalink", () => {
    expect(apaCitation(base)).toBe(
      "Example, J. (2025, March 1). “We will decide together when the time comes.” [Statement by the Secretary General of NATO, as reported by Example Wire]. NATO Statement Tracker. http://localhost:3000/statements/abc123/we-will-decide",
    );
  });
  it("abbreviates hyphenated and several given names", () => {
    expect(apaCitation({ ...base, speaker: "Anna-Lena Ruth Sample" })).toMatch(/^Sample, A\.-L\. R\. \(2025/);
  });
  it("uses month, year and n.d. as the date allows", () => {
    expect(apaCitation({ ...base, precision: "month" })).toContain("(2025, March).");
    expect(apaCitation({ ...base, precision: "year" })).toContain("(2025).");
    expect(apaCitation({ ...base, date: null })).toContain("(n.d.).");
  });
  it("puts the quote first when nobody is named, and keeps final punctuation", () => {
    expect(apaCitation({ ...base, speaker: null, role: null, outlet: null, quote: "Is that wise?" })).toBe(
      "“Is that wise?” (2025, March 1). [Statement]. NATO Statement Tracker. http://localhost:3000/statements/abc123/we-will-decide",
    );
  });
});

describe("escapeBibtex", () => {
  it("escapes every character TeX treats specially", () => {
    expect(escapeBibtex("50% & $3 #1 a_b x^2 ~ {c} \\d")).toBe(
      "50\\% \\& \\$3 \\#1 a\\_b x\\^{}2 \\~{} \\{c\\} \\textbackslash{}d",
    );
  });
  it("leaves ordinary and non-ASCII text alone", () => {
    expect(escapeBibtex("Zelensky’s “plan”, Brüssel.")).toBe("Zelensky’s “plan”, Brüssel.");
  });
});

describe("bibtexCitation", () => {
  it("writes a @misc entry with month macro, braced title and note", () => {
    expect(bibtexCitation(base)).toBe(
      [
        "@misc{example2025-abc123,",
        "  author = {{Example}, Jane},",
        "  title = {{We will decide together when the time comes}},",
        "  year = {2025},",
        "  month = mar,",
        "  howpublished = {Statement by the Secretary General of NATO, as reported by Example Wire},",
        "  note = {NATO Statement Tracker},",
        "  url = {http://localhost:3000/statements/abc123/we-will-decide}",
        "}",
      ].join("\n"),
    );
  });
  it("escapes special characters in every text field so braces balance", () => {
    const entry = bibtexCitation({ ...base, quote: "Costs rose 5% & {more} in #2}", outlet: "A_B & Co", url: "http://x/s/a%20b" });
    expect(entry).toContain("title = {{Costs rose 5\\% \\& \\{more\\} in \\#2\\}}}");
    expect(entry).toContain("as reported by A\\_B \\& Co}");
    expect(entry).toContain("url = {http://x/s/a\\%20b}");
    const unescaped = entry.replace(/\\[{}]/g, "");
    expect(unescaped.split("{").length).toBe(unescaped.split("}").length);
  });
  it("omits month for a year-precision date and author and year when unknown", () => {
    expect(bibtexCitation({ ...base, precision: "year" })).not.toContain("month");
    const anonymous = bibtexCitation({ ...base, speaker: null, date: null });
    expect(anonymous).not.toMatch(/author|year/);
    expect(anonymous.startsWith("@misc{statementnd-abc123,")).toBe(true);
  });
  it("keys on an ASCII family name", () => {
    expect(bibtexKey({ id: "Z9-x", speaker: "Łukasz Müller-Ñandú", date: "2024-01-02" })).toBe("mullernandu2024-z9x");
  });
});
