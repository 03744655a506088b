// Validates a bundled data file at load, so a bad entry fails at startup with its name, not later with a wrong answer.
import type { z } from "zod";

export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataFileError";
  }
}

/**
 * Parses `json` with `schema`; on failure names the file, the entry (by its `name` or `id` when it has one)
 * and the field of each problem: `people.json: people[12] "Mark Rutte": terms.0.start: Invalid ISO date`.
 */
export function parseDataFile<T extends z.ZodType>(file: string, schema: T, json: unknown): z.infer<T> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${file}: ${describePath(json, issue.path)}: ${issue.message}`);
  throw new DataFileError(problems.slice(0, 10).join("\n"));
}

function describePath(json: unknown, path: PropertyKey[]): string {
  const [list, index, ...rest] = path;
  if (typeof list !== "string" || typeof index !== "number") return path.map(String).join(".") || "(root)";
  const entry = (json as Record<string, unknown[]>)[list]?.[index] as { name?: unknown; id?: unknown } | undefined;
  const label = typeof entry?.name === "string" ? ` "${entry.name}"` : typeof entry?.id === "string" ? ` "${entry.id}"` : "";
  return `${list}[${index}]${label}${rest.length ? `: ${rest.map(String).join(".")}` : ""}`;
}
