// Calling the API's handlers as the server does (a Request in, a Response out) and reading exports back.
import { parse } from "csv-parse/sync";
import type { z } from "zod";
import * as Api from "@/schemas/api";
import { apiExamples, type ApiExample } from "@/server/api/examples";
import { getStatements } from "@/server/api/handlers";

export type Handler = (request: Request) => Promise<Response> | Response;

export function call(handler: Handler, pathAndQuery: string, init: RequestInit = {}): Promise<Response> {
  return Promise.resolve(handler(new Request(`http://localhost${pathAndQuery}`, init)));
}

/** Every item of a list, following next links. */
export async function collectPages(pathAndQuery: string): Promise<z.output<typeof Api.StatementSummary>[]> {
  const items: z.output<typeof Api.StatementSummary>[] = [];
  let next: string | null = pathAndQuery;
  while (next) {
    const body = Api.StatementList.parse(await (await call(getStatements, next)).json());
    items.push(...body.items);
    next = body.next ? new URL(body.next).pathname + new URL(body.next).search : null;
  }
  return items;
}

const LIST_COLUMNS = new Set(["topics", "stances", "outlets"]);
const NUMBER_COLUMNS = new Set(["reportCount", "start", "end"]);

/** A CSV export parsed by csv-parse, each cell turned back into its JSON value (lists, numbers, nulls). */
export function csvRecords(text: string): Record<string, unknown>[] {
  const rows = parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, cell]) => [
        key,
        LIST_COLUMNS.has(key) ? (cell === "" ? [] : cell.split("; ")) : NUMBER_COLUMNS.has(key) ? Number(cell) : cell === "" ? null : cell,
      ]),
    ),
  );
}

export function jsonLines(text: string): Record<string, unknown>[] {
  return text.split("\n").filter((line) => line !== "").map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Each documented example, run, with its body as records to check against the example's schema. */
export async function examplesBodies(): Promise<{ example: ApiExample; status: number; records: unknown[] }[]> {
  const results = [];
  for (const example of await apiExamples()) {
    const res = await example.run();
    const text = await res.text();
    const records = example.format === "csv" ? csvRecords(text) : example.format === "jsonl" ? jsonLines(text) : [JSON.parse(text)];
    results.push({ example, status: res.status, records });
  }
  return results;
}
