import { stanceDescription, stanceLabel, topicLabel } from "@/lib/format";
import type { StanceTopicValue, StanceValue } from "@/server/queries/types";
import { StanceIcon } from "./StanceIcon";

const STYLES: Record<StanceValue, string> = {
  supports: "border-emerald-300 bg-emerald-50 text-emerald-900",
  conditional: "border-amber-300 bg-amber-50 text-amber-950",
  opposes: "border-red-300 bg-red-50 text-red-900",
};

/** "✓ Supports" style badge: symbol, word and colour; the topic is spelled out when asked. */
export function StanceBadge({
  topic,
  stance,
  showTopic = true,
}: {
  topic: StanceTopicValue;
  stance: StanceValue;
  showTopic?: boolean;
}) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-md border px-2 py-0.5 text-sm font-medium ${STYLES[stance]}`}
      title={`${topicLabel(topic)}: ${stanceDescription(topic, stance)}`}
    >
      <StanceIcon stance={stance} className="h-3.5 w-3.5" />
      {showTopic ? <span className="font-normal">{topicLabel(topic)}:</span> : null}
      <span>{stanceLabel(stance)}</span>
    </span>
  );
}
