// GET /api/speakers/<slug>: roles with dates and the current position per topic.
import { connection } from "next/server";
import { getSpeakerBySlug } from "@/server/api/handlers";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/server/api/http";

export async function GET(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  await connection();
  return getSpeakerBySlug(request, context);
}
