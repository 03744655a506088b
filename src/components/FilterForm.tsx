// The statement filter as a plain GET form: works without JavaScript, and submitting
// it always starts again at page 1.
import Link from "next/link";
import { FILTER_STANCES, FILTER_TOPICS, Q_MAX_LENGTH, type StatementFilter } from "@/schemas/statementFilter";
import { stanceLabel, topicLabel } from "@/lib/format";
import { statementsUrl } from "@/lib/urls";
import type { OutletListItem, SpeakerListItem } from "@/server/queries/types";
import { FIELD_CLASS, LABEL_CLASS, SelectField } from "./SelectField";
import { ReviewedOnlyField } from "./editor/ReviewedOnlyField";

export function FilterForm({
  filter,
  speakers,
  outlets,
}: {
  filter: StatementFilter;
  speakers: SpeakerListItem[];
  outlets: OutletListItem[];
}) {
  return (
    <form
      method="get"
      action={statementsUrl()}
      role="search"
      aria-label="Filter statements"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div>
        <label htmlFor="filter-q" className={LABEL_CLASS}>
          Search the quotes
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={filter.q ?? ""}
          maxLength={Q_MAX_LENGTH}
          placeholder="e.g. red lines, ceasefire, irreversible"
          className={FIELD_CLASS}
        />
      </div>
      <div className="mt-4 grid grid-cols-2 gap-x-3 gap-y-4 lg:grid-cols-1">
        <SelectField
          id="filter-speaker"
          name="speaker"
          label="Speaker"
          value={filter.speaker}
          emptyLabel="All speakers"
          options={speakers.map((s) => ({ value: s.slug, label: `${s.name} (${s.statementCount})` }))}
        />
        <SelectField
          id="filter-outlet"
          name="outlet"
          label="Outlet"
          value={filter.outlet}
          emptyLabel="All outlets"
          options={outlets.map((o) => ({ value: o.slug, label: o.name }))}
        />
        <SelectField
          id="filter-topic"
          name="topic"
          label="Topic"
          value={filter.topic}
          emptyLabel="Any topic"
          options={FILTER_TOPICS.map((t) => ({ value: t, label: topicLabel(t) }))}
        />
        <SelectField
          id="filter-stance"
          name="stance"
          label="Stance"
          value={filter.stance}
          emptyLabel="Any stance"
          options={FILTER_STANCES.map((s) => ({ value: s, label: stanceLabel(s) }))}
          help="On the chosen topic, or on any topic."
        />
        <div>
          <label htmlFor="filter-from" className={LABEL_CLASS}>
            From
          </label>
          <input id="filter-from" name="from" type="date" defaultValue={filter.from ?? ""} className={FIELD_CLASS} />
        </div>
        <div>
          <label htmlFor="filter-to" className={LABEL_CLASS}>
            To
          </label>
          <input id="filter-to" name="to" type="date" defaultValue={filter.to ?? ""} className={FIELD_CLASS} />
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <ReviewedOnlyField id="filter-reviewed" checked={!!filter.reviewed} />
        <button
          type="submit"
          className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white shadow-sm hover:bg-blue-900"
        >
          Apply filters
        </button>
        <Link href={statementsUrl()} className="text-blue-800 underline underline-offset-2 hover:text-blue-950">
          Clear all
        </Link>
      </div>
    </form>
  );
}
