// GET /api/statements/<id>: one statement with its reports, as JSON (404 when unknown).
import { connection } from "next/server";
import { apiStatementUrl, statementUrl } from "@/lib/urls";
import { errorResponse, isNotFoundError, problem, problemResponse } from "@/server/errors";
import { findRetiredStatement, getStatement } from "@/server/queries";
import { siteUrl } from "@/app/_shared/site";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  await connection();
  const { id } = await params;
  try {
    const statement = await getStatement(id);
    return Response.json({ ...statement, url: siteUrl(statementUrl(statement)) });
  } catch (error) {
    return isNotFoundError(error) ? ((await retiredAnswer(id)) ?? errorResponse(error, request)) : errorResponse(error, request);
  }
}

/** An id retired by a re-extraction: 308 to the statement that replaced it, or 410 (decision 0041). */
async function retiredAnswer(id: string): Promise<Response | null> {
  const retired = await findRetiredStatement(id);
  if (!retired) return null;
  if (retired.kind === "moved") return new Response(null, { status: 308, headers: { Location: siteUrl(apiStatementUrl(retired.to.id)) } });
  const detail = retired.rejection
    ? `This statement was rejected by an editor: ${retired.rejection.reason}`
    : "This statement was withdrawn: a re-extraction of its article no longer finds it.";
  return problemResponse({ ...problem(410, detail), article: retired.article, rejection: retired.rejection });
}
