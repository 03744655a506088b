// Roles written in different but equal ways: "President of Ukraine" and "Ukrainian President", "Latvian Foreign
// Minister" and "Foreign Minister of Latvia". A country's name, other names and adjectives fold to one token, so
// the role stays the same whichever way the text (or an annotator) prints the country.
import { foldDiacritics } from "../text";
import { COUNTRIES } from "./gazetteer";

const FILLER = new Set(["a", "an", "the", "of", "and", "in", "at", "on", "for", "to", "s"]);

/**
 * Country forms, lower case and without dots ("u.s." → "us"), longest first, each → "country:<code>". Each is kept
 * with the spaces it is looked up between, built once rather than for every role read.
 */
const COUNTRY_FORMS = COUNTRIES.flatMap((c) =>
  [c.name, ...c.otherNames, ...c.adjectives].map((form) => ({ form: plain(form.replace(/^the\s+/i, "")), token: `country:${c.code}` })),
)
  .sort((a, b) => b.form.length - a.form.length)
  .map(({ form, token }) => ({ form, spaced: ` ${form} `, token }));

function plain(value: string): string {
  return foldDiacritics(value).toLowerCase().replace(/\./g, "").replace(/['’]s\b/g, "").replace(/[^a-z0-9]+/g, " ").trim();
}

/** The content words of a role, each country form folded to its country ("Ukrainian President" → country:ua, president). */
export function roleTokens(role: string): Set<string> {
  return tokensOfPlain(plain(role));
}

/** `roleTokens` of a role already made plain. */
function tokensOfPlain(plainRole: string): Set<string> {
  let words = ` ${plainRole} `;
  const tokens = new Set<string>();
  for (const { form, spaced, token } of COUNTRY_FORMS) {
    if (!form || !words.includes(spaced)) continue;
    tokens.add(token);
    words = words.split(spaced).join(" ");
  }
  for (const w of words.split(" ")) if (w && !FILLER.has(w)) tokens.add(w);
  return tokens;
}

/** Two roles agree when both are empty, or their content words (countries folded) overlap by half (Jaccard ≥ 0.5). */
export function sameRole(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return overlapByHalf(roleTokens(a), roleTokens(b));
}

/** Whether two sets of words share at least half of their union (Jaccard ≥ 0.5); two empty sets agree. */
export function overlapByHalf(a: Set<string>, b: Set<string>): boolean {
  const shared = [...a].filter((t) => b.has(t)).length;
  const union = new Set([...a, ...b]).size;
  return union === 0 || shared / union >= 0.5;
}

/** Words that say only "the one at the top", whatever the office: a translated "head of Examplia". */
const VAGUE_HEAD = new Set(["head", "chief", "state"]);

/**
 * "the head of Examplia", "Examplia's head of state": a printed role that names only a country and its top,
 * for a person whose office on the date is in that country, means that office.
 */
export function vagueHeadOf(printed: string, office: string): boolean {
  // Its tokens are words of the plain role: without "head" or "chief" in it, the test below fails for every office.
  const plainPrinted = plain(printed);
  if (!plainPrinted.includes("head") && !plainPrinted.includes("chief")) return false;
  const tokens = [...tokensOfPlain(plainPrinted)];
  const countries = tokens.filter((t) => t.startsWith("country:"));
  const rest = tokens.filter((t) => !t.startsWith("country:"));
  if (countries.length !== 1 || !rest.length || !rest.every((t) => VAGUE_HEAD.has(t)) || !rest.includes("head") && !rest.includes("chief")) return false;
  return roleTokens(office).has(countries[0]);
}
