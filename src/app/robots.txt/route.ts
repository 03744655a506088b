// GET /robots.txt — points crawlers to the sitemap by its absolute address (SITE_URL).
import { connection } from "next/server";
import { robotsText } from "@/server/syndication/sitemap";

export async function GET(): Promise<Response> {
  await connection();
  return new Response(robotsText(), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
