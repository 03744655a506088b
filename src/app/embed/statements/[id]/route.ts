// GET /embed/statements/<id> — the statement as a small card for other sites' iframes: no script, framing
// allowed (src/lib/securityHeaders.ts), a retired id redirected like its permalink (decision 0067).
import { connection } from "next/server";
import { answerEmbed } from "@/server/syndication/embed";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  await connection();
  const { id } = await params;
  return answerEmbed(request, id);
}
