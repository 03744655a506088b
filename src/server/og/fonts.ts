// The share cards' fonts, read once from the repository (src/assets/fonts, SIL OFL, see the licence
// files there): next/og must not fetch fonts, and satori reads TTF/OTF/WOFF but not WOFF2.
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

type Weight = 400 | 700;
export interface CardFont {
  name: string;
  data: ArrayBuffer;
  weight: Weight;
  style: "normal";
}

const FONT_DIR = path.join(process.cwd(), "src/assets/fonts");

/** Latin first, then Latin Extended for names such as "Łukasz" or "Erdoğan": satori falls back in order. */
const FILES: { name: string; file: string; weight: Weight }[] = [
  { name: "Inter", file: "inter-latin-400-normal.woff", weight: 400 },
  { name: "Inter", file: "inter-latin-700-normal.woff", weight: 700 },
  { name: "Inter", file: "inter-latin-ext-400-normal.woff", weight: 400 },
  { name: "Inter", file: "inter-latin-ext-700-normal.woff", weight: 700 },
  { name: "Noto Serif", file: "noto-serif-latin-400-normal.woff", weight: 400 },
  { name: "Noto Serif", file: "noto-serif-latin-ext-400-normal.woff", weight: 400 },
];

let loaded: Promise<CardFont[]> | undefined;

export function shareCardFonts(): Promise<CardFont[]> {
  loaded ??= Promise.all(
    FILES.map(async ({ name, file, weight }) => {
      const bytes = await readFile(path.join(FONT_DIR, file));
      const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      return { name, data, weight, style: "normal" as const };
    }),
  ).catch((error: unknown) => {
    loaded = undefined; // try again next time rather than caching the failure
    throw error;
  });
  return loaded;
}
