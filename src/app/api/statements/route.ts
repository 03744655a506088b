// GET /api/statements: a page of statements for the pages' filter, or the whole view as CSV / JSON Lines (format=csv|jsonl).
import { connection } from "next/server";
import { getStatements } from "@/server/api/handlers";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/server/api/http";

export async function GET(request: Request): Promise<Response> {
  await connection();
  return getStatements(request);
}
