// GET /api/statements/<id>: one statement with its reports, as JSON (404 when unknown).
import { connection } from "next/server";
import { statementUrl } from "@/lib/urls";
import { errorResponse } from "@/server/errors";
import { getStatement } from "@/server/queries";
import { siteUrl } from "@/app/_shared/site";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  await connection();
  try {
    const { id } = await params;
    const statement = await getStatement(id);
    return Response.json({ ...statement, url: siteUrl(statementUrl(statement)) });
  } catch (error) {
    return errorResponse(error, request);
  }
}
