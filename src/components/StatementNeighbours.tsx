import { formatDateShort } from "@/lib/format";
import { statementUrl, timelineUrl } from "@/lib/urls";
import type { SpeakerRef, StatementSummary } from "@/server/queries/types";

function Neighbour({ statement, direction }: { statement: StatementSummary; direction: "previous" | "next" }) {
  return (
    <a
      href={statementUrl(statement)}
      rel={direction === "previous" ? "prev" : "next"}
      className="block rounded-md border border-slate-200 p-3 hover:border-blue-700 hover:bg-blue-50"
      data-testid={`neighbour-${direction}`}
    >
      <span className="block text-xs font-semibold tracking-wide text-slate-600 uppercase">
        {direction === "previous" ? "← Earlier" : "Later →"} · {formatDateShort(statement.date, statement.datePrecision)}
      </span>
      <span className="mt-1 line-clamp-3 block text-sm text-slate-900">“{statement.quote}”</span>
    </a>
  );
}

/** The statements just before and after this one on the speaker's timeline. */
export function StatementNeighbours({
  speaker,
  previous,
  next,
}: {
  speaker: SpeakerRef;
  previous: StatementSummary | null;
  next: StatementSummary | null;
}) {
  return (
    <nav aria-labelledby="neighbours-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="neighbours-heading" className="font-bold text-slate-950">
        On {speaker.name}&apos;s timeline
      </h2>
      <div className="mt-3 space-y-2">
        {previous ? <Neighbour statement={previous} direction="previous" /> : <p className="text-sm text-slate-600">No earlier statement.</p>}
        {next ? <Neighbour statement={next} direction="next" /> : <p className="text-sm text-slate-600">No later statement.</p>}
      </div>
      <p className="mt-3 text-sm">
        <a href={timelineUrl({ speaker: speaker.slug })} className="text-blue-800 underline-offset-2 hover:underline">
          See the whole timeline
        </a>
      </p>
    </nav>
  );
}
