// GET /embed/card.css — the embed card's only stylesheet.
import { answerEmbedStylesheet } from "@/server/syndication/embed";

export function GET(): Response {
  return answerEmbedStylesheet();
}
