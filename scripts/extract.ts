// npm run --silent extract -- <article.txt> [--published-at YYYY-MM-DD] [--outlet "Name"] [--language en] [--headline "Title"] [--explain]
// Prints one JSON object on stdout and nothing else; errors go to stderr.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { extractStatements } from "../src/domain/extract";
import { decodeArticle } from "../src/domain/article/decode";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "published-at": { type: "string" }, outlet: { type: "string" }, language: { type: "string" }, headline: { type: "string" }, explain: { type: "boolean", default: false } },
  });
  if (positionals.length !== 1) throw new Error('usage: npm run --silent extract -- <article.txt> [--published-at YYYY-MM-DD] [--outlet "Name"] [--language en] [--headline "Title"] [--explain]');
  const publishedAt = values["published-at"] ?? null;
  if (publishedAt && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(publishedAt)) throw new Error(`--published-at must be YYYY-MM-DD (or YYYY-MM, YYYY), got "${publishedAt}"`);
  const file = positionals[0];
  const text = decodeArticle(await readFile(file), file);
  const result = extractStatements(text, { publishedAt, outlet: values.outlet ?? null, language: values.language ?? null, headline: values.headline ?? null, explain: values.explain });
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
