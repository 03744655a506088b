// The statement's share card (Open Graph): quote, speaker, role, date and stance, drawn by the app
// with fonts from the repository. Next adds og:image (with size and alt) to the page's metadata.
import { ImageResponse } from "next/og";
import { ShareCardImage } from "@/components/ShareCardImage";
import { SHARE_CARD_SIZE, shareCardContent } from "@/lib/shareCard";
import { SITE_NAME } from "@/app/_shared/site";
import { shareCardFonts } from "@/server/og/fonts";
import { loadStatement, safeDecode } from "../_load";

export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = "The statement's quote with its speaker, role, date and stance";

export default async function Image({ params }: { params: Promise<{ id: string; slug: string }> }) {
  const { id } = await params;
  const statement = await loadStatement(safeDecode(id));
  const card = shareCardContent({
    quote: statement.quote,
    kind: statement.kind,
    speaker: statement.speaker?.name ?? null,
    role: statement.roleAtTime,
    date: statement.date,
    precision: statement.datePrecision,
    stances: statement.stances.map((s) => ({ topic: s.topic, value: s.value })),
  });
  return new ImageResponse(<ShareCardImage card={card} siteName={SITE_NAME} />, { ...size, fonts: await shareCardFonts() });
}
