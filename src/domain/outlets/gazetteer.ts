// Media outlets that news copy cites, with the forms they appear in: ./data/outlets.json, validated at load.
import { z } from "zod";
import { longestFirstAlternation } from "../matches";
import { parseDataFile } from "../people/loadData";
import outletsJson from "./data/outlets.json" with { type: "json" };

export const OUTLET_KINDS = ["wire", "newspaper", "broadcaster", "online", "platform"] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

export interface KnownOutlet {
  name: string;
  kind: OutletKind;
  aliases: string[];
}

export const outletsFile = z.object({
  outlets: z.array(z.object({ name: z.string().trim().min(1), kind: z.enum(OUTLET_KINDS), aliases: z.array(z.string().trim().min(1)) }).strict()),
}).passthrough();

export const OUTLETS: KnownOutlet[] = parseDataFile("outlets.json", outletsFile, outletsJson).outlets;

const BY_ALIAS = new Map<string, KnownOutlet>();
for (const outlet of OUTLETS) {
  for (const alias of [outlet.name, ...outlet.aliases]) BY_ALIAS.set(normalizeOutletKey(alias), outlet);
}

function normalizeOutletKey(value: string): string {
  return value.toLowerCase().replace(/\s*\/\s*/g, "/").replace(/^the\s+/, "").replace(/[’']s$/, "").replace(/\s+/g, " ").trim();
}

export function findKnownOutlet(name: string): KnownOutlet | null {
  return BY_ALIAS.get(normalizeOutletKey(name)) ?? null;
}

/** The canonical name for an outlet as printed, or the printed name tidied. */
export function canonicalOutletName(printed: string): string {
  const known = findKnownOutlet(printed);
  if (known) return known.name;
  return printed.replace(/^the\s+/i, "").replace(/\s*\([^)]*\)\s*$/, "").replace(/[’']s$/, "").trim();
}

/** Words that name a kind of medium: a name that ends on one ("Example News", "Sample TV") is an outlet wherever it is printed. */
const MEDIA_NAME_WORDS = new Set(["news", "tv", "television", "radio", "broadcasting", "channel", "agency", "media", "newspaper", "gazette", "herald", "tribune", "journal", "times", "post", "daily", "weekly", "online", "world"]);
/** Of those, the ones that say "a medium" alone, after any brand ("World" and "Online" also end other names). */
const MEDIA_KIND_WORDS = new Set(["news", "tv", "television", "radio", "broadcasting", "channel", "agency", "media", "newspaper"]);

/** "Example News", "the Sample Times": a capitalised name of at least two words whose last word is a kind of medium. */
export function looksLikeMediaName(name: string): boolean {
  const words = name.replace(/^the\s+/i, "").trim().split(/\s+/);
  return words.length >= 2 && /^\p{Lu}/u.test(words[0]) && MEDIA_NAME_WORDS.has(words[words.length - 1].toLowerCase()) && words[words.length - 1] !== words[words.length - 1].toLowerCase();
}

/**
 * Whether an outlet named in an article is the article's own publisher: the same outlet, or the same brand with
 * media words of its own ("Example" publishing, "Example News" or "Example Television" named). The publisher as
 * interviewer or as source is no outlet cited (extraction spec).
 */
export function isSameOutlet(publisher: string, named: string): boolean {
  const brand = (value: string) => normalizeOutletKey(canonicalOutletName(value)).replace(/\s*\([^)]*\)$/, "");
  const a = brand(publisher);
  const b = brand(named);
  if (!a || !b) return false;
  if (a === b) return true;
  // "Example News" publishing what its "Example TV" heard: one brand, each name its brand and media words.
  const stem = (key: string) => {
    const words = key.split(" ");
    while (words.length > 1 && MEDIA_KIND_WORDS.has(words[words.length - 1])) words.pop();
    return words.join(" ");
  };
  if (stem(a) === stem(b) && stem(a) !== a && stem(b) !== b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (!longer.startsWith(`${shorter} `)) return false;
  return longer.slice(shorter.length + 1).split(" ").every((word) => MEDIA_KIND_WORDS.has(word));
}

/** Alternation of every outlet form, longest first, for use inside a RegExp. */
export const KNOWN_OUTLET_PATTERN = longestFirstAlternation(OUTLETS.flatMap((o) => [o.name, ...o.aliases]).map((form) => form.replace(/^the\s+/i, "")))
  // "Example One / Example Two": a name joined by a slash, as translated copy prints it with a space either side.
  .replaceAll("\\/", String.raw`\s?\/\s?`);

/** Alternation of the platforms' names (kind "platform"), longest first: where words are posted rather than told. */
export const PLATFORM_PATTERN = longestFirstAlternation(OUTLETS.filter((o) => o.kind === "platform").flatMap((o) => [o.name, ...o.aliases]));
