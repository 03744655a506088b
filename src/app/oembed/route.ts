// GET /oembed?url=<statement page>&format=json — oEmbed "rich" answer with the card's iframe (decision 0067).
import { connection } from "next/server";
import { answerOembed } from "@/server/syndication/embed";

export async function GET(request: Request): Promise<Response> {
  await connection();
  return answerOembed(request);
}
