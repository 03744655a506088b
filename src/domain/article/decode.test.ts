import { describe, expect, it } from "vitest";
import { ArticleDecodeError, decodeArticle } from "./decode";

describe("decodeArticle", () => {
  it("rejects empty, binary and invalid UTF-8 files with the reason", () => {
    expect(() => decodeArticle(new Uint8Array(), "a.txt")).toThrow(/empty/);
    expect(() => decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), "b.txt")).toThrow(/binary/);
    expect(() => decodeArticle(new Uint8Array([0x41, 0xc3, 0x28, 0x42]), "c.txt")).toThrow(/not valid UTF-8 \(first bad byte at offset 1\)/);
    expect(() => decodeArticle(new TextEncoder().encode("  \n "), "d.txt")).toThrow(ArticleDecodeError);
  });

  it("returns the text without a byte-order mark", () => {
    expect(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]), "e.txt")).toBe("Hi");
  });
});
