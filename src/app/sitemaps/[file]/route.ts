// GET /sitemaps/<n>.xml — one part of a sitemap split into an index.
import { connection } from "next/server";
import { answerSitemapPart } from "@/server/syndication/sitemap";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  await connection();
  const { file } = await params;
  return answerSitemapPart(request, file);
}
