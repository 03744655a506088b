// Turns the bytes of an article file into text, or says exactly why it can't:
// empty, binary, or not valid UTF-8. Pure: the caller reads the file.

export class ArticleDecodeError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
    this.name = "ArticleDecodeError";
  }
}

export function decodeArticle(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new ArticleDecodeError(file, "the file is empty");
  if (bytes.includes(0)) throw new ArticleDecodeError(file, "the file is binary (it contains NUL bytes), not a text article");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleDecodeError(file, `the file is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new ArticleDecodeError(file, "the file has no text (only white space)");
  if (controlCharacterShare(text) > 0.01) throw new ArticleDecodeError(file, "the file looks binary (many control characters), not a text article");
  return text;
}

function controlCharacterShare(text: string): number {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) control++;
  }
  return control / text.length;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, i + 1));
    } catch {
      // A truncated sequence at the end of the slice also throws: confirm with more bytes.
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, Math.min(bytes.length, i + 4)));
      } catch {
        return i;
      }
    }
  }
  return bytes.length;
}
