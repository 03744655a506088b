// GET /healthz: the process is up and answering. Never touches the database (see /readyz).
import { connection } from "next/server";

export async function GET(): Promise<Response> {
  await connection();
  return Response.json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) }, { headers: { "Cache-Control": "no-store" } });
}
