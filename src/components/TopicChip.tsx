import { topicLabel } from "@/lib/format";
import { html, type SafeHtml } from "@/lib/html";
import { statementsUrl } from "@/lib/urls";
import type { TopicValue } from "@/server/queries/types";

/** A topic label; a link to the statements on that topic unless `plain`. */
export function TopicChip({ topic, plain = false }: { topic: TopicValue; plain?: boolean }) {
  // The chip's look is the .topic-chip class (globals.css); as a link it also reacts to hover.
  if (plain) return <span className="topic-chip">{topicLabel(topic)}</span>;
  return (
    <a href={statementsUrl({ topic })} className="topic-chip">
      {topicLabel(topic)}
    </a>
  );
}

/** TopicChip's link as a string (a unit test keeps the two the same). */
export function topicChipHtml(topic: TopicValue): SafeHtml {
  return html`<a href="${statementsUrl({ topic })}" class="topic-chip">${topicLabel(topic)}</a>`;
}
