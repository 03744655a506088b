// The size limits every imported article must keep (docs/decisions/0020-import-limits.md).
// They are far above any real news report and far below what could stall an import.

export interface ArticleLimits {
  maxBytes: number;
  maxLineLength: number;
  maxLines: number;
  maxQuoteLength: number;
  maxStatements: number;
}

export const ARTICLE_LIMITS: Readonly<ArticleLimits> = {
  /** Bytes in one article file: ten times a very long report or press-conference transcript. */
  maxBytes: 1024 * 1024,
  /** Characters between two line breaks: a whole long article printed on one line still fits. */
  maxLineLength: 100_000,
  /** Lines in one article, blank ones included: a 1 MiB text of 80-character lines has about 13,000. */
  maxLines: 20_000,
  /** Characters in one extracted quote: a longer one is an unclosed quotation mark, not a remark. */
  maxQuoteLength: 10_000,
  /**
   * Statements in one article: the gold set has at most 18, a long transcript a few dozen. Also keeps
   * the article's one write transaction short (500 took 27 s on a loaded 2-core machine; 200 about 11 s).
   */
  maxStatements: 200,
};
