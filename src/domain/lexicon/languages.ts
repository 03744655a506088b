// The languages extraction has a lexicon for. An article in another language gets no statements and a
// notice, never English rules read over text they were not written for (issue #9).
export const LEXICON_LANGUAGES = ["en"] as const;

/** "en", "EN", "en-GB" and "en_US" all have the English lexicon; no language given means English. */
export function hasLexicon(language: string | null | undefined): boolean {
  if (!language) return true;
  const primary = language.trim().toLowerCase().split(/[-_]/, 1)[0];
  return (LEXICON_LANGUAGES as readonly string[]).includes(primary);
}

export function noLexiconNotice(language: string): string {
  return `no extraction rules for language "${language}" (there are for: ${LEXICON_LANGUAGES.join(", ")}): the article is kept without statements`;
}
