// Citations of one statement in three forms (plain, APA-like, BibTeX), pure so that the page,
// tests and any export produce the same text.
import { foldDiacritics } from "@/domain/text";
import { formatDate, parseIsoDate, type Precision } from "./format";

export const CITATION_PUBLISHER = "NATO Statement Tracker";

export interface CitationInput {
  /** The statement's permanent id (part of the BibTeX key). */
  id: string;
  speaker: string | null;
  role: string | null;
  quote: string;
  /** "YYYY-MM-DD" (month or year precision keep the first day) or null. */
  date: string | null;
  precision: Precision | null;
  /** The outlet of the first report. */
  outlet: string | null;
  /** The absolute permalink. */
  url: string;
}

export interface Citations {
  plain: string;
  apa: string;
  bibtex: string;
}

export function formatCitations(input: CitationInput): Citations {
  return { plain: plainCitation(input), apa: apaCitation(input), bibtex: bibtexCitation(input) };
}

/** "Mark Rutte, NATO Secretary General: “…” (1 March 2025, as reported by Reuters). NATO Statement Tracker, <url>" */
export function plainCitation(input: CitationInput): string {
  const who = input.speaker ? `${input.speaker}${input.role ? `, ${input.role}` : ""}` : "Unattributed";
  const when = input.date ? formatDate(input.date, input.precision) : "undated";
  const where = input.outlet ? `, as reported by ${input.outlet}` : "";
  return `${who}: “${input.quote}” (${when}${where}). ${CITATION_PUBLISHER}, ${input.url}`;
}

/** A person's name split for "Family, G." forms. Lower-case particles start the family name ("von der Leyen"). */
export function splitPersonName(name: string): { given: string[]; family: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { given: [], family: words[0] ?? "" };
  const particle = words.findIndex((word, index) => index > 0 && index < words.length - 1 && /^\p{Ll}/u.test(word));
  const familyStart = particle > 0 ? particle : words.length - 1;
  return { given: words.slice(0, familyStart), family: words.slice(familyStart).join(" ") };
}

/** "Frank-Walter" -> "F.-W.", "Mark" -> "M." */
function initials(given: string): string {
  return given
    .split("-")
    .map((part) => `${Array.from(part)[0] ?? ""}.`)
    .join("-");
}

function apaAuthor(speaker: string): string {
  const { given, family } = splitPersonName(speaker);
  return given.length ? `${family}, ${given.map(initials).join(" ")}` : family;
}

/** APA's date: "(2025, March 1)", "(2025, March)", "(2025)" or "(n.d.)". */
function apaDate(date: string | null, precision: Precision | null): string {
  const parsed = parseIsoDate(date);
  if (!parsed || !date) return "(n.d.)";
  const year = date.slice(0, 4);
  const month = parsed.toLocaleString("en-GB", { month: "long" });
  if (precision === "year") return `(${year})`;
  if (precision === "month") return `(${year}, ${month})`;
  return `(${year}, ${month} ${parsed.getDate()})`;
}

function withFinalPunctuation(text: string): string {
  return /[.!?…]$/u.test(text) ? text : `${text}.`;
}

/** "Rutte, M. (2025, March 1). “…” [Statement as reported by Reuters]. NATO Statement Tracker. <url>" */
export function apaCitation(input: CitationInput): string {
  const what = `[${input.role ? `Statement by the ${input.role}` : "Statement"}${input.outlet ? `, as reported by ${input.outlet}` : ""}]`;
  const title = `“${withFinalPunctuation(input.quote.trim())}”`;
  const date = apaDate(input.date, input.precision);
  const head = input.speaker ? `${apaAuthor(input.speaker)} ${date}. ${title}` : `${title} ${date}.`;
  return `${head} ${what}. ${CITATION_PUBLISHER}. ${input.url}`;
}

const BIBTEX_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  $: "\\$",
  "&": "\\&",
  "%": "\\%",
  "#": "\\#",
  _: "\\_",
  "^": "\\^{}",
  "~": "\\~{}",
};

/** Escapes the characters (La)TeX treats specially, so a field's braces always balance. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (ch) => BIBTEX_SPECIALS[ch] ?? ch);
}

/** In a url field only the characters that would break the field or start a comment are escaped. */
function escapeBibtexUrl(url: string): string {
  return url.replace(/[{}%\\]/g, (ch) => `\\${ch}`);
}

const BIBTEX_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** An ASCII key: family name, year and the statement id ("rutte2025-abc123"). */
export function bibtexKey(input: Pick<CitationInput, "id" | "speaker" | "date">): string {
  const ascii = (text: string) => foldDiacritics(text).toLowerCase().replace(/[^a-z0-9]+/g, "");
  const family = input.speaker ? ascii(splitPersonName(input.speaker).family) : "";
  const year = input.date?.slice(0, 4) ?? "nd";
  return `${family || "statement"}${year}-${ascii(input.id) || "x"}`;
}

export function bibtexCitation(input: CitationInput): string {
  // A field's value is braced text, except month, which is one of BibTeX's bare macros.
  const fields: [name: string, value: string][] = [];
  if (input.speaker) {
    const { given, family } = splitPersonName(input.speaker);
    // Family name in braces keeps particles and multi-word names together.
    const braced = `{${escapeBibtex(family)}}`;
    fields.push(["author", `{${given.length ? `${braced}, ${escapeBibtex(given.join(" "))}` : braced}}`]);
  }
  // Double braces keep the quote's capitals as printed.
  fields.push(["title", `{{${escapeBibtex(input.quote.trim())}}}`]);
  if (input.date) {
    fields.push(["year", `{${input.date.slice(0, 4)}}`]);
    const month = BIBTEX_MONTHS[Number(input.date.slice(5, 7)) - 1];
    if (input.precision !== "year" && month) fields.push(["month", month]);
  }
  const details = [input.role ? `Statement by the ${input.role}` : "Statement", input.outlet ? `as reported by ${input.outlet}` : null]
    .filter(Boolean)
    .join(", ");
  fields.push(["howpublished", `{${escapeBibtex(details)}}`]);
  fields.push(["note", `{${escapeBibtex(CITATION_PUBLISHER)}}`]);
  fields.push(["url", `{${escapeBibtexUrl(input.url)}}`]);
  return `@misc{${bibtexKey(input)},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(",\n")}\n}`;
}
