import { stanceDescription, stanceLabel, topicLabel } from "@/lib/format";
import type { StanceTopicValue, StanceValue } from "@/server/queries/types";
import { html, type SafeHtml } from "@/lib/html";
import { StanceIcon, stanceIconHtml } from "./StanceIcon";

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

/** StanceBadge's markup as a string, topic spelled out (a unit test keeps the two the same). */
export function stanceBadgeHtml(topic: StanceTopicValue, stance: StanceValue): SafeHtml {
  return html`<span class="stance-badge ${STYLES[stance]}" title="${topicLabel(topic)}: ${stanceDescription(topic, stance)}">${stanceIconHtml(stance, "h-3.5 w-3.5")}<span class="font-normal">${topicLabel(topic)}:</span><span>${stanceLabel(stance)}</span></span>`;
}
