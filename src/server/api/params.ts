// Query parameters of the API: the statement filter (the pages' one schema) plus the list options
// (limit, format, rows), each bad value named in a 400. Unknown speaker and outlet slugs are 400s too.
import "server-only";
import type { z } from "zod";
import { listOptionsSchema, type ListOptions } from "@/schemas/api";
import { dropUnknownSlugs, parseStatementFilter, type StatementFilter } from "@/schemas/statementFilter";
import type { ParameterIssue } from "@/server/errors";
import { listOutlets, listSpeakers } from "@/server/queries";
import { refuseIssues } from "./http";

export interface StatementsRequest {
  filter: StatementFilter;
  options: ListOptions;
}

/** Each option parsed on its own, so every bad one is named (a repeated one is refused). */
function parseListOptions(params: URLSearchParams): { options: ListOptions; issues: ParameterIssue[] } {
  const raw: Record<string, string> = {};
  const issues: ParameterIssue[] = [];
  for (const [name, schema] of Object.entries(listOptionsSchema.shape) as [keyof ListOptions, z.ZodType][]) {
    const values = params.getAll(name).map((v) => v.trim()).filter((v) => v !== "");
    if (values.length > 1) issues.push({ param: name, message: `Give ${name} once.` });
    else if (values.length === 1) {
      const result = schema.safeParse(values[0]);
      if (result.success) raw[name] = values[0];
      else issues.push({ param: name, message: result.error.issues[0]?.message ?? "Invalid value." });
    }
  }
  return { options: listOptionsSchema.parse(raw), issues };
}

/** Syntax first (no query): every bad parameter is reported at once. */
export function checkStatementsRequest(url: URL): StatementsRequest {
  const parsed = parseStatementFilter(url.searchParams);
  const { options, issues } = parseListOptions(url.searchParams);
  refuseIssues([...parsed.issues.map(({ param, message }) => ({ param, message })), ...issues]);
  return { filter: parsed.filter, options };
}

/** A speaker or outlet that names nothing we know is a 400, not an empty list. */
export async function refuseUnknownSlugs(filter: StatementFilter): Promise<void> {
  if (!filter.speaker && !filter.outlet) return;
  const [speakers, outlets] = await Promise.all([listSpeakers(), listOutlets()]);
  const { issues } = dropUnknownSlugs(
    { filter, issues: [] },
    { speakers: speakers.map((s) => s.slug), outlets: outlets.map((o) => o.slug) },
  );
  refuseIssues(issues.map(({ param, message }) => ({ param, message })));
}
