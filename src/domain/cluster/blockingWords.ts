// Blocking for clustering at scale (decision 0135): which stored statements are worth comparing with a
// new report. Two reports of one remark share words, so candidates are fetched by shared lexemes of the
// search vector (PostgreSQL's English stems) instead of every statement of the speaker: within the dates
// that could be the same occasion, any lexeme that is not among the most common; at any date (an undated
// printing of an old remark, or an undated old printing), only the quote's rarest lexemes, which a
// nearly identical wording keeps. The exact rule (sameRemark.ts) then decides among the candidates.

/** A lexeme of a new quote and the share of stored statements that contain it (0 when the statistics do not list it). */
export interface Lexeme {
  word: string;
  share: number;
}

/** A lexeme in more statements than this says little about which remark it is (“ukraine”, “allies”). */
export const COMMON_SHARE = 0.05;
/** Lexemes fetched at any date must be rarer than this: each one is a search over every statement. */
export const RARE_SHARE = 0.005;
/** How many of a quote's rarest lexemes are looked up at any date. */
export const RARE_PER_QUOTE = 3;

/** Only letters and digits: safe inside a quoted tsquery term, whatever the language. */
const PLAIN_LEXEME = /^[\p{L}\p{N}]+$/u;

const plain = (lexemes: Lexeme[]) => lexemes.filter((l) => PLAIN_LEXEME.test(l.word));

/** The quote's lexemes that identify a remark within a few days: all but the most common (all, when every one is common). */
export function windowWords(lexemes: Lexeme[]): string[] {
  const usable = plain(lexemes);
  const distinctive = usable.filter((l) => l.share < COMMON_SHARE);
  return (distinctive.length ? distinctive : usable).map((l) => l.word);
}

/**
 * The quote's rarest lexemes, rarest first. Without statistics (a small or fresh database every share is
 * 0) longer words go first: they are the rarer ones in running text.
 */
export function rareWords(lexemes: Lexeme[]): string[] {
  return plain(lexemes)
    .filter((l) => l.share < RARE_SHARE)
    .sort((a, b) => a.share - b.share || b.word.length - a.word.length || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, RARE_PER_QUOTE)
    .map((l) => l.word);
}

/** A tsquery (text form, for a `::tsquery` cast) matching any of the words, or null when there are none. */
export function anyOf(words: Iterable<string>): string | null {
  const unique = [...new Set(words)].filter((w) => PLAIN_LEXEME.test(w)).sort();
  return unique.length ? unique.map((w) => `'${w}'`).join(" | ") : null;
}
