// GET /feeds/statements.atom?speaker=&topic=&outlet=&stance=&from=&to=&q=&reviewed= — the newest statements
// of any filter of the statements page as Atom (decision 0065).
import { connection } from "next/server";
import { answerStatementsFeed } from "@/server/syndication/statementsFeed";

export async function GET(request: Request): Promise<Response> {
  await connection();
  return answerStatementsFeed(request);
}
