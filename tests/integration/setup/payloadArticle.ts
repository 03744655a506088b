// An article whose quote carries an HTML payload and CDATA end markers, imported through the real importer
// (which refuses <script> in an article, decision 0021, but lets one <img onerror> and "]]>" through), with
// an outlet and a source address whose "&" must be escaped wherever it is written.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";

export const PAYLOAD = {
  url: "https://news.example.org/rutte?id=7&lang=en",
  outlet: "Payload Wire",
  title: "Rutte <b>bold</b> & more",
  quoteFragment: "<img src=x onerror=alert(1)> before a ceasefire ]]> holds, and not ]]> before talks end & nothing else",
};

/** Imports the payload article; returns the id of its statement holding the payload. */
export async function importPayloadArticle(db: PrismaClient): Promise<string> {
  const { importArticles } = await import("@/server/ingest");
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "payload-"));
  try {
    const file = path.join(dir, "payload.txt");
    await fs.writeFile(
      file,
      "BRUSSELS, March 3, 2031 — NATO Secretary General Mark Rutte spoke to reporters on Monday.\n\n" +
        `"We will not send troops ${PAYLOAD.quoteFragment}," Rutte told reporters in Brussels.\n`,
    );
    const summary = await importArticles(db, [file], {
      metadata: { outlet: PAYLOAD.outlet, publishedAt: "2026-11-30", url: PAYLOAD.url, title: PAYLOAD.title },
    });
    expect(summary.results.map((r) => r.error ?? r.status)).toEqual(["added"]);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  return (await db.statement.findFirstOrThrow({ where: { quote: { contains: "onerror" } } })).id;
}
