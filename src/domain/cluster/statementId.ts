// Public ids for statements. Derived from content (speaker and the first
// report's normalised wording), never from database order, so a re-import on
// a fresh database gives every statement the same permalink again.
import { createHash } from "node:crypto";
import { foldDiacritics, slugify } from "../text";

const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i: ids are read aloud and typed

export function normaliseWording(quote: string): string {
  return foldDiacritics(quote).toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

export function statementId(speaker: string | null, quote: string, salt = ""): string {
  const digest = createHash("sha256").update(`${slugify(speaker ?? "unknown")}\n${normaliseWording(quote)}\n${salt}`).digest();
  let id = "";
  for (let i = 0; i < 10; i++) id += ALPHABET[digest[i] % ALPHABET.length];
  return id;
}
