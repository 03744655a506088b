import { activeFilterParams, paramLabel, type StatementFilter } from "@/schemas/statementFilter";
import { formatDate, kindLabel, stanceLabel, topicLabel } from "@/lib/format";
import { statementsUrlWithout } from "@/lib/urls";
import type { OutletRef, SpeakerRef } from "@/server/queries/types";

/** Chips for the filters in force, each with a link that removes it. */
export function ActiveFilters({
  filter,
  speakers,
  outlets,
}: {
  filter: StatementFilter;
  /** The chosen speaker and outlet among these give the chips their names. */
  speakers: SpeakerRef[];
  outlets: OutletRef[];
}) {
  const params = activeFilterParams(filter);
  if (params.length === 0) return null;
  const describe = (param: (typeof params)[number]): string => {
    switch (param) {
      case "speaker":
        return speakers.find((s) => s.slug === filter.speaker)?.name ?? String(filter.speaker);
      case "outlet":
        return outlets.find((o) => o.slug === filter.outlet)?.name ?? String(filter.outlet);
      case "topic":
        return topicLabel(String(filter.topic));
      case "stance":
        return stanceLabel(String(filter.stance));
      case "kind":
        return kindLabel(String(filter.kind));
      case "from":
      case "to":
        return formatDate(filter[param] ?? null, "day");
      case "q":
        return `“${filter.q}”`;
      case "reviewed":
        return "checked by an editor";
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="Active filters" role="group">
      <span className="text-sm font-semibold text-slate-700">Filtered by:</span>
      {params.map((param) => {
        const label = `${paramLabel(param).replace(/^./, (c) => c.toUpperCase())}: ${describe(param)}`;
        return (
          <a
            key={param}
            href={statementsUrlWithout(filter, param)}
            className="group inline-flex items-center gap-1.5 rounded-full border border-blue-300 bg-blue-50 px-3 py-1 text-sm text-blue-950 hover:border-blue-700 hover:bg-blue-100"
            aria-label={`Remove filter ${label}`}
            data-testid={`chip-${param}`}
          >
            <span>{label}</span>
            <svg viewBox="0 0 12 12" className="h-3 w-3" aria-hidden="true">
              <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
          </a>
        );
      })}
    </div>
  );
}
