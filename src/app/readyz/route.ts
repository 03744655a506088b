// GET /readyz: 200 when the database is reachable and every migration is applied, else 503
// (with Retry-After) and the reason. For orchestrators and load balancers.
import { connection } from "next/server";
import { RETRY_AFTER_SECONDS } from "@/server/errors";
import { checkReadiness } from "@/server/readiness";

export async function GET(): Promise<Response> {
  await connection();
  const readiness = await checkReadiness();
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (!readiness.ready) headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  return Response.json({ status: readiness.ready ? "ready" : "unavailable", ...readiness }, { status: readiness.ready ? 200 : 503, headers });
}
