// GET /api/statements/<id>: one statement with every report and its permalink.
import { connection } from "next/server";
import { getStatementById } from "@/server/api/handlers";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/server/api/http";

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  await connection();
  return getStatementById(request, context);
}
