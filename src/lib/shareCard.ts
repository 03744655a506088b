// What a statement's share card (Open Graph / Twitter image) shows, decided without I/O so it can be tested.
import { formatDate, topicLabel, type Precision } from "./format";

export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;

/** Longest quote the card prints before cutting it at a word boundary. */
export const SHARE_CARD_MAX_QUOTE = 260;

/** Cuts text at the last word boundary before `max` characters and adds an ellipsis. */
export function truncateAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const atWord = cut.replace(/\s+\S*$/, "");
  return `${(atWord.length > max / 2 ? atWord : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** Shorter quotes get bigger type, so that every quote fills the card without overflowing it. */
export function quoteFontSize(quote: string): number {
  if (quote.length <= 80) return 60;
  if (quote.length <= 140) return 50;
  if (quote.length <= 200) return 42;
  return 36;
}

export interface ShareCardInput {
  quote: string;
  kind: "direct" | "indirect";
  speaker: string | null;
  role: string | null;
  date: string | null;
  precision: Precision | null;
  stances: { topic: string; value: string }[];
}

export interface ShareCardContent {
  quote: string;
  quoteFontSize: number;
  speaker: string;
  role: string | null;
  date: string;
  /** "Troops to Ukraine: Opposes", one per stance. */
  stances: { label: string; value: string }[];
  /** Said when the card shows reported speech rather than a quote. */
  kindNote: string | null;
}

export function shareCardContent(input: ShareCardInput): ShareCardContent {
  const quote = truncateAtWord(input.quote, SHARE_CARD_MAX_QUOTE);
  return {
    quote,
    quoteFontSize: quoteFontSize(quote),
    speaker: input.speaker ?? "Speaker not named in the report",
    role: input.role,
    date: input.date ? formatDate(input.date, input.precision) : "Undated",
    stances: input.stances.slice(0, 3).map((s) => ({ label: topicLabel(s.topic), value: s.value })),
    kindNote: input.kind === "indirect" ? "Reported speech (paraphrase)" : null,
  };
}
