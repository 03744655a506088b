// GET /sitemap.xml — every statement, speaker, topic and article page with its last change, or an index of
// parts past SITEMAP_PAGE_SIZE URLs (decision 0066). Not Next's app/sitemap.ts: it makes no index and
// builds the whole list in memory.
import { connection } from "next/server";
import { answerSitemap } from "@/server/syndication/sitemap";

export async function GET(request: Request): Promise<Response> {
  await connection();
  return answerSitemap(request);
}
