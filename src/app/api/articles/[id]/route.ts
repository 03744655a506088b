// GET /api/articles/<id>: an imported article, its text and the statements found in it.
import { connection } from "next/server";
import { getArticleById } from "@/server/api/handlers";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/server/api/http";

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  await connection();
  return getArticleById(request, context);
}
