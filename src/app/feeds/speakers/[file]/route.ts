// GET /feeds/speakers/<slug>.atom — one speaker's newest statements as Atom; other filters may follow in the query.
import { connection } from "next/server";
import { answerStatementsFeed, feedScopeFromFile } from "@/server/syndication/statementsFeed";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  await connection();
  const { file } = await params;
  return answerStatementsFeed(request, () => feedScopeFromFile("speaker", file));
}
