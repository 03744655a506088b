// npm run import -- <file|dir>... [--outlet "Name"] [--published-at YYYY-MM-DD] [--title "…"] [--url https://…]
//                                 [--keep-empty] [--time-limit <seconds>]
// Imports articles into the database named by DATABASE_URL (npm start prints it).
// Exits 1 when any file failed validation or was skipped for having no statements.
import { parseArgs } from "node:util";
import { env } from "@/env";
import { createPrismaClient } from "@/server/db";
import { formatSummary, importArticles, type ImportFileResult } from "@/server/ingest";

const USAGE =
  'usage: npm run import -- <file|dir>... [--outlet "Name"] [--published-at YYYY-MM-DD] [--title "…"] [--url https://…] [--keep-empty] [--time-limit <seconds>]';

function describe(result: ImportFileResult): string {
  if (result.status === "failed") return `FAILED [${result.code}]: ${result.error}`;
  if (result.status === "skipped") return `SKIPPED [${result.code}] (warning): ${result.error}`;
  if (result.status === "added" && result.notice) return `added without statements (notice): ${result.notice}`;
  if (result.status === "added") return `added, ${result.statementsAdded} new statements, ${result.reportsAdded} reports`;
  return "unchanged (already imported)";
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      outlet: { type: "string" },
      "published-at": { type: "string" },
      title: { type: "string" },
      url: { type: "string" },
      "keep-empty": { type: "boolean" },
      "time-limit": { type: "string" },
    },
  });
  const timeLimit = values["time-limit"] === undefined ? undefined : Number(values["time-limit"]);
  if (!positionals.length || (timeLimit !== undefined && !(timeLimit > 0))) {
    console.error(USAGE);
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
      keepEmpty: values["keep-empty"],
      extractionSeconds: timeLimit,
      onProgress: (result, index, total) => console.log(`[${index + 1}/${total}] ${result.file}: ${describe(result)}`),
      connectionString: env.DATABASE_URL,
    });
    console.log(formatSummary(summary));
    return summary.failed || summary.skipped ? 1 : 0;
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
