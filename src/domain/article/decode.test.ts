import { describe, expect, it } from "vitest";
import { decodeArticle, decodeUtf8Text, firstInvalidUtf8, wideUnicodeEncoding } from "./decode";
import { ArticleProblemError } from "./problems";

const utf8 = (text: string) => new TextEncoder().encode(text);
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof ArticleProblemError ? error.code : `not an ArticleProblemError: ${String(error)}`;
  }
  return "no error";
};

describe("decodeArticle", () => {
  it("rejects empty, binary and invalid UTF-8 files with the reason", () => {
    expect(() => decodeArticle(new Uint8Array(), "a.txt")).toThrow(/empty/);
    expect(() => decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), "b.txt")).toThrow(/binary/);
    expect(() => decodeArticle(new Uint8Array([0x41, 0xc3, 0x28, 0x42]), "c.txt")).toThrow(/not valid UTF-8: byte 0xC3 at offset 1 \(line 1\)/);
    expect(codeOf(() => decodeArticle(utf8("  \n "), "d.txt"))).toBe("EMPTY");
    expect(codeOf(() => decodeArticle(utf8("\u00a0.\u200b…"), "d.txt"))).toBe("EMPTY");
    expect(codeOf(() => decodeArticle(utf8("a\u0001\u0002\u0003\u0004 b"), "d.txt"))).toBe("BINARY");
  });

  it("returns the text without a byte-order mark", () => {
    expect(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]), "e.txt")).toBe("Hi");
    expect(decodeUtf8Text(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), "manifest.json")).toBe("{}");
  });

  it("names UTF-16 and UTF-32 text by its byte-order mark or its NUL pattern", () => {
    const sample = "NATO allies met in Brussels on Tuesday.";
    const le16 = Buffer.from(sample, "utf16le");
    const be16 = Buffer.from(le16).swap16();
    const le32 = Buffer.alloc(sample.length * 4);
    [...sample].forEach((c, i) => le32.writeUInt32LE(c.charCodeAt(0), i * 4));
    const be32 = Buffer.from(le32).swap32();
    expect(wideUnicodeEncoding(Buffer.concat([Buffer.from([0xff, 0xfe]), le16]))).toBe("UTF-16LE");
    expect(wideUnicodeEncoding(Buffer.concat([Buffer.from([0xfe, 0xff]), be16]))).toBe("UTF-16BE");
    expect(wideUnicodeEncoding(Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), le32]))).toBe("UTF-32LE");
    expect(wideUnicodeEncoding(Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), be32]))).toBe("UTF-32BE");
    expect(wideUnicodeEncoding(le16)).toBe("UTF-16LE");
    expect(wideUnicodeEncoding(be16)).toBe("UTF-16BE");
    expect(wideUnicodeEncoding(le32)).toBe("UTF-32LE");
    expect(wideUnicodeEncoding(be32)).toBe("UTF-32BE");
    expect(wideUnicodeEncoding(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))).toBeNull();
    expect(() => decodeArticle(le16, "f.txt")).toThrow(/UTF-16LE text, not UTF-8/);
    expect(codeOf(() => decodeArticle(be32, "f.txt"))).toBe("ENCODING_UTF32");
  });
});

describe("firstInvalidUtf8", () => {
  it("finds the first byte that starts no valid character", () => {
    expect(firstInvalidUtf8(utf8("plain ASCII, “curly” and ünïcödé 😀"))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from("Caf\xe9 au lait", "latin1"))).toBe(3);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x80]))).toBe(1); // lone continuation byte
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0); // overlong "/"
    expect(firstInvalidUtf8(new Uint8Array([0xe0, 0x80, 0xaf]))).toBe(0); // overlong 3-byte form
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xed, 0xa0, 0x80]))).toBe(1); // UTF-16 surrogate
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe2, 0x80]))).toBe(2); // cut short by the end
    expect(firstInvalidUtf8(new Uint8Array([0xf5, 0x80, 0x80, 0x80]))).toBe(0);
  });

  it("agrees with the platform's strict decoder on every two-byte sequence", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    for (let a = 0x80; a < 0x100; a++) {
      for (let b = 0; b < 0x100; b += 7) {
        const bytes = new Uint8Array([a, b, 0x80, 0x80]);
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
      }
    }
  });
});
