// Validates a bundled data file at load, so a bad entry fails at startup with its name, not later with a wrong answer
// (once per bundle in the import's extraction worker: see DataFilesHost).
import type { z } from "zod";

export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataFileError";
  }
}

/**
 * Parses `json` with `schema`; on failure names the file, the entry (by its `name`, `id` or `office` when it has one)
 * and the field of each problem: `people.json: people[12] "Mark Rutte": terms.0.start: Invalid ISO date`.
 */
export function parseDataFile<T extends z.ZodType>(file: string, schema: T, json: unknown): z.infer<T> {
  const host = dataFilesHost();
  if (host?.checkedBefore) return json as z.infer<T>;
  const result = schema.safeParse(json);
  if (result.success) {
    if (host) host.unchanged &&= sameData(result.data, json);
    return result.data;
  }
  const problems = result.error.issues.map((issue) => `${file}: ${describePath(json, issue.path)}: ${issue.message}`);
  throw new DataFileError(problems.slice(0, 10).join("\n"));
}

function describePath(json: unknown, path: PropertyKey[]): string {
  const [list, index, ...rest] = path;
  if (typeof list !== "string" || typeof index !== "number") return path.map(String).join(".") || "(root)";
  const entry = (json as Record<string, unknown[]>)[list]?.[index] as { name?: unknown; id?: unknown; office?: unknown } | undefined;
  const key = [entry?.name, entry?.id, entry?.office].find((value) => typeof value === "string");
  const label = key ? ` "${key}"` : "";
  return `${list}[${index}]${label}${rest.length ? `: ${rest.map(String).join(".")}` : ""}`;
}

/**
 * What a host running this code says about its data files (scale, decision 0460). The import's extraction
 * worker runs a bundle named by its content, with the data files inlined in it: once one load of that bundle
 * has checked them with zod and every check returned the file's own data, a later load of the very same bundle
 * (same code, same data, so the same verdict) is told so and skips the check, ~0.1 s of the worker's start.
 * Without a host (the web server, tests, scripts), every load checks.
 */
export interface DataFilesHost {
  /** This exact code and data passed at an earlier load, each file's check returning the file's own data. */
  checkedBefore: boolean;
  /** Set here: whether every check of this load returned the file's own data (a trimmed value would not). */
  unchanged: boolean;
}

/** Where a host leaves its DataFilesHost, before this code runs. */
export const DATA_FILES_HOST = Symbol.for("nato-tracker.data-files-host");

function dataFilesHost(): DataFilesHost | undefined {
  return (globalThis as { [DATA_FILES_HOST]?: DataFilesHost })[DATA_FILES_HOST];
}

/** Equal JSON values (objects' keys in any order: zod returns them in the schema's order). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
