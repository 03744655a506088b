// Why an article file cannot be imported, as a machine-readable code and a
// sentence a user can act on. Thrown by the pure checks in this folder.

export type ArticleProblemCode =
  | "EMPTY"
  | "BINARY"
  | "ENCODING_UTF16"
  | "ENCODING_UTF32"
  | "INVALID_UTF8"
  | "MARKUP"
  | "LINE_TOO_LONG"
  | "TOO_MANY_LINES"
  | "QUOTE_TOO_LONG"
  | "TOO_MANY_STATEMENTS";

export class ArticleProblemError extends Error {
  constructor(
    readonly file: string,
    readonly code: ArticleProblemCode,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "ArticleProblemError";
  }
}
