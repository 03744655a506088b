// GET /api/outlets: outlets that published or are cited in a report.
import { connection } from "next/server";
import { getOutlets } from "@/server/api/handlers";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "@/server/api/http";

export async function GET(request: Request): Promise<Response> {
  await connection();
  return getOutlets(request);
}
