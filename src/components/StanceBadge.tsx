import { stanceDescription, stanceLabel, topicLabel } from "@/lib/format";
import type { StanceTopicValue, StanceValue } from "@/server/queries/types";
import { StanceIcon } from "./StanceIcon";

/** Colours per stance: .stance-supports etc. in globals.css. */
const STYLES: Record<StanceValue, string> = {
  supports: "stance-supports",
  conditional: "stance-conditional",
  opposes: "stance-opposes",
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
      className={`stance-badge ${STYLES[stance]}`}
      title={`${topicLabel(topic)}: ${stanceDescription(topic, stance)}`}
    >
      <StanceIcon stance={stance} className="h-3.5 w-3.5" />
      {showTopic ? <span className="font-normal">{`${topicLabel(topic)}:`}</span> : null}
      <span>{stanceLabel(stance)}</span>
    </span>
  );
}
