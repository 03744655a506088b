import { topicLabel } from "@/lib/format";
import { statementsUrl } from "@/lib/urls";
import type { TopicValue } from "@/server/queries/types";

/** A topic label; a link to the statements on that topic unless `plain`. */
export function TopicChip({ topic, plain = false }: { topic: TopicValue; plain?: boolean }) {
  const className =
    "inline-flex items-center rounded-full border border-slate-300 bg-slate-100 px-2.5 py-0.5 text-sm text-slate-800";
  if (plain) return <span className={className}>{topicLabel(topic)}</span>;
  return (
    <a href={statementsUrl({ topic })} className={`${className} hover:border-blue-700 hover:bg-blue-50 hover:text-blue-900`}>
      {topicLabel(topic)}
    </a>
  );
}
