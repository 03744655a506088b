// npm run reextract [-- --all]
// Runs the current extractor over the stored articles whose statements an older extractor produced (or over
// every article with --all), one transaction per article, keeping every permalink (decision 0041).
import { parseArgs } from "node:util";
import { EXTRACTOR_VERSION } from "@/domain/extract/version";
import { env } from "@/env";
import { createPrismaClient } from "@/server/db";
import { formatReextractProgress, formatReextractSummary, reextractAll } from "@/server/ingest/reextract";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { all: { type: "boolean", default: false } } });
  if (!env.DATABASE_URL) {
    console.error("reextract: DATABASE_URL is not set. `npm start` prints the address of its embedded database; set it, or point it at your server.");
    return 2;
  }
  const db = createPrismaClient(env.DATABASE_URL);
  try {
    console.log(`reextract: extractor version ${EXTRACTOR_VERSION}${values.all ? ", every article" : ", articles from older versions"}`);
    const results = await reextractAll(db, { all: values.all, onProgress: (r, i, n) => console.log(formatReextractProgress(r, i, n)) });
    console.log(formatReextractSummary(results));
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`reextract: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
