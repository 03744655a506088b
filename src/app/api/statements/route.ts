// GET /api/statements?speaker=&topic=&outlet=&stance=&from=&to=&q=&page=&after=
// The same filter schema as the /statements page; invalid parameters (a broken cursor too) get a 400
// that names each one, never a 500. Answers carry an ETag from the data version; a conditional GET
// whose tag still holds gets a 304 before any query runs.
import { connection } from "next/server";
import { apiStatementUrl, apiStatementsNextUrl, statementUrl } from "@/lib/urls";
import { dropUnknownSlugs, parseStatementFilter } from "@/schemas/statementFilter";
import { InvalidParametersError, errorResponse } from "@/server/errors";
import { cacheHeaders, isNotModified, notModified } from "@/server/httpCache";
import { listOutlets, listSpeakers, listStatements, readDataVersion } from "@/server/queries";
import { siteUrl } from "@/app/_shared/site";

export async function GET(request: Request): Promise<Response> {
  await connection();
  try {
    const parsed = parseStatementFilter(new URL(request.url).searchParams);
    if (parsed.issues.length > 0) throw new InvalidParametersError(parsed.issues);
    const version = await readDataVersion();
    if (isNotModified(request, version)) return notModified(version);
    const [speakers, outlets] = await Promise.all([listSpeakers(), listOutlets()]);
    const { filter, issues } = dropUnknownSlugs(parsed, {
      speakers: speakers.map((s) => s.slug),
      outlets: outlets.map((o) => o.slug),
    });
    if (issues.length > 0) throw new InvalidParametersError(issues);
    const result = await listStatements(filter);
    const body = {
      filter,
      total: result.total,
      totalIsExact: result.totalIsExact,
      page: result.page,
      pageSize: result.pageSize,
      pageCount: result.pageCount,
      order: result.order,
      next: result.next ? siteUrl(apiStatementsNextUrl(filter, result.next)) : null,
      items: result.items.map((s) => ({ ...s, url: siteUrl(statementUrl(s)), api: siteUrl(apiStatementUrl(s.id)) })),
    };
    return Response.json(body, { headers: cacheHeaders(version) });
  } catch (error) {
    return errorResponse(error, request);
  }
}
