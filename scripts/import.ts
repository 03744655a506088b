// npm run import -- <file|dir>... [--outlet "Name"] [--published-at YYYY-MM-DD] [--title "…"] [--url https://…]
// Imports articles into the database named by DATABASE_URL (npm start prints it).
import { parseArgs } from "node:util";
import { env } from "@/env";
import { createPrismaClient } from "@/server/db";
import { formatSummary, importArticles } from "@/server/ingest";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { outlet: { type: "string" }, "published-at": { type: "string" }, title: { type: "string" }, url: { type: "string" } },
  });
  if (!positionals.length) {
    console.error('usage: npm run import -- <file|dir>... [--outlet "Name"] [--published-at YYYY-MM-DD] [--title "…"] [--url https://…]');
    return 2;
  }
  if (!env.DATABASE_URL) {
    console.error("import: DATABASE_URL is not set. Run `npm start` once (it prints the URL of its embedded database), or set DATABASE_URL.");
    return 2;
  }
  const db = createPrismaClient(env.DATABASE_URL);
  try {
    const summary = await importArticles(db, positionals, {
      metadata: { outlet: values.outlet, publishedAt: values["published-at"], title: values.title, url: values.url },
      onProgress: (result, index, total) => {
        const detail = result.status === "failed" ? `FAILED: ${result.error}` : result.status === "added" ? `added, ${result.statementsAdded} new statements, ${result.reportsAdded} reports` : "unchanged (already imported)";
        console.log(`[${index + 1}/${total}] ${result.file}: ${detail}`);
      },
    });
    console.log(formatSummary(summary));
    return summary.failed ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
