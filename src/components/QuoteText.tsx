import type { KindValue } from "@/server/queries/types";

/** Direct quotes in quotation marks; reported (indirect) speech without them, so nobody mistakes a paraphrase for a quote. */
export function QuoteText({ quote, kind }: { quote: string; kind: KindValue }) {
  if (kind === "indirect") return <span className="italic">{quote}</span>;
  return <>“{quote}”</>;
}
