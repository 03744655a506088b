// Media outlets that news copy cites, with the forms they appear in: ./data/outlets.json, validated at load.
import { z } from "zod";
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
  return value.toLowerCase().replace(/^the\s+/, "").replace(/[’']s$/, "").replace(/\s+/g, " ").trim();
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

/** Alternation of every outlet form, longest first, for use inside a RegExp. */
export const KNOWN_OUTLET_PATTERN = OUTLETS.flatMap((o) => [o.name, ...o.aliases])
  .map((form) => form.replace(/^the\s+/i, ""))
  .sort((a, b) => b.length - a.length)
  .map((key) => key.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
  .join("|");
