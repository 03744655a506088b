// Turns the bytes of an article (or manifest) file into text, or says exactly
// why it can't: empty, UTF-16/UTF-32 instead of UTF-8, binary, or invalid
// UTF-8 (with the offset of the first bad byte, found in one pass).
// Pure: the caller reads the file.
import { ArticleProblemError } from "./problems";

/** Decodes UTF-8 text, dropping a leading byte-order mark. Rejects every other encoding by name. */
export function decodeUtf8Text(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new ArticleProblemError(file, "EMPTY", "the file is empty");
  const wide = wideUnicodeEncoding(bytes);
  if (wide) {
    const code = wide.startsWith("UTF-16") ? "ENCODING_UTF16" : "ENCODING_UTF32";
    throw new ArticleProblemError(file, code, `the file is ${wide} text, not UTF-8: convert it first (for example \`iconv -f ${wide} -t UTF-8\`)`);
  }
  if (bytes.includes(0)) throw new ArticleProblemError(file, "BINARY", "the file is binary (it contains NUL bytes), not text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new ArticleProblemError(
      file,
      "INVALID_UTF8",
      `the file is not valid UTF-8: byte 0x${bytes[offset].toString(16).toUpperCase().padStart(2, "0")} at offset ${offset} (line ${lineAt(bytes, offset)}) ` +
        "is not part of a UTF-8 character; if it is Latin-1 or Windows-1252, convert it (`iconv -f WINDOWS-1252 -t UTF-8`)",
    );
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** An article: UTF-8 text with at least one word, not a binary file in disguise. */
export function decodeArticle(bytes: Uint8Array, file: string): string {
  const text = decodeUtf8Text(bytes, file);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new ArticleProblemError(file, "EMPTY", "the file has no text (no letter or digit in it)");
  if (controlCharacterShare(text) > 0.01) throw new ArticleProblemError(file, "BINARY", "the file looks binary (many control characters), not a text article");
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

const BYTE_ORDER_MARKS: [number[], string][] = [
  // UTF-32 first: its little-endian mark starts with UTF-16LE's.
  [[0xff, 0xfe, 0x00, 0x00], "UTF-32LE"],
  [[0x00, 0x00, 0xfe, 0xff], "UTF-32BE"],
  [[0xff, 0xfe], "UTF-16LE"],
  [[0xfe, 0xff], "UTF-16BE"],
];

/** UTF-16 or UTF-32, told by its byte-order mark or, without one, by where the NUL bytes fall. */
export function wideUnicodeEncoding(bytes: Uint8Array): string | null {
  for (const [mark, name] of BYTE_ORDER_MARKS) {
    if (mark.every((byte, i) => bytes[i] === byte)) return name;
  }
  return encodingByNulPattern(bytes.subarray(0, 4096));
}

/**
 * Text in UTF-16 or UTF-32 has NUL bytes at fixed positions (English in UTF-16LE:
 * every odd byte); a binary file has them scattered.
 */
function encodingByNulPattern(sample: Uint8Array): string | null {
  const usable = sample.length - (sample.length % 4);
  if (usable < 8) return null;
  const nuls = [0, 0, 0, 0];
  for (let i = 0; i < usable; i++) if (sample[i] === 0) nuls[i % 4]++;
  const share = nuls.map((n) => n / (usable / 4));
  const mostly = (s: number) => s >= 0.9;
  const rarely = (s: number) => s <= 0.1;
  if (rarely(share[0]) && mostly(share[2]) && mostly(share[3])) return "UTF-32LE";
  if (mostly(share[0]) && mostly(share[1]) && rarely(share[3])) return "UTF-32BE";
  const even = (share[0] + share[2]) / 2;
  const odd = (share[1] + share[3]) / 2;
  if (rarely(even) && odd >= 0.5) return "UTF-16LE";
  if (rarely(odd) && even >= 0.5) return "UTF-16BE";
  return null;
}

/**
 * Offset of the first byte that starts no valid UTF-8 character (Unicode 15, table 3-7: no overlong
 * forms, no surrogates, nothing above U+10FFFF), or -1. One pass over the bytes.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const [length, low, high] = sequenceShape(lead);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      // A broken or truncated sequence is reported at its lead byte, the one a user can find.
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += length;
  }
  return -1;
}

/** Length of the sequence a lead byte opens and the allowed range of its second byte. */
function sequenceShape(lead: number): [length: number, low: number, high: number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
