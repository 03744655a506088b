// The size limits every imported article must keep (docs/decisions/0020-import-limits.md).
// They are far above any real news report and far below what could stall an import.

export const ARTICLE_LIMITS = {
  /** Bytes in one article file: ten times a very long report or press-conference transcript. */
  maxBytes: 1024 * 1024,
  /** Characters between two line breaks: a whole long article printed on one line still fits. */
  maxLineLength: 100_000,
  /** Lines in one article, blank ones included: a 1 MiB text of 80-character lines has about 13,000. */
  maxLines: 20_000,
  /** Characters in one extracted quote: a longer one is an unclosed quotation mark, not a remark. */
  maxQuoteLength: 10_000,
  /** Statements in one article: the gold set has at most 18; hundreds mean the text is not one report. */
  maxStatements: 500,
} as const;
