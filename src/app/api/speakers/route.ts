// GET /api/speakers: speakers with at least one statement.
import { connection } from "next/server";
import { getSpeakers } from "@/server/api/handlers";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/server/api/http";

export async function GET(request: Request): Promise<Response> {
  await connection();
  return getSpeakers(request);
}
