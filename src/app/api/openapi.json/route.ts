// GET /api/openapi.json: the OpenAPI 3.1 document, generated from the API's zod schemas.
import { connection } from "next/server";
import { getOpenApi } from "@/server/api/handlers";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/server/api/http";

export async function GET(request: Request): Promise<Response> {
  await connection();
  return getOpenApi(request);
}
