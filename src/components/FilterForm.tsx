// The statement filter as a plain GET form: works without JavaScript, and submitting it always starts again
// at page 1. Every choice shows how many statements it would list with the other filters in force
// (facet counts). Speakers and outlets offer only the most frequent few; the picker page lists them all.
import { FILTER_KINDS, FILTER_STANCES, FILTER_TOPICS, Q_MAX_LENGTH, type StatementFilter } from "@/schemas/statementFilter";
import { formatCount, formatFacetCount, kindLabel, stanceLabel, topicLabel } from "@/lib/format";
import { facetPickerUrl, statementsUrl } from "@/lib/urls";
import type { FacetCount, StatementFacets } from "@/server/queries/types";
import { FIELD_CLASS, LABEL_CLASS, SelectField, type SelectOption } from "./SelectField";
import { ReviewedOnlyField } from "./editor/ReviewedOnlyField";

function countedOptions(values: readonly string[], facets: FacetCount[], label: (value: string) => string): SelectOption[] {
  return values.map((value) => ({
    value,
    label: `${label(value)} ${formatFacetCount(facets.find((f) => f.value === value))}`.trim(),
  }));
}

/** The top speakers or outlets by count, and the chosen one even when it is not among them. */
function topOptions(facets: FacetCount[], chosen: { value: string; label: string } | null): SelectOption[] {
  const options = facets.map((f) => ({ value: f.value, label: `${f.label} ${formatFacetCount(f)}` }));
  if (chosen && !options.some((o) => o.value === chosen.value)) options.unshift(chosen);
  return options;
}

/** Without a search the default order is by date, so "Newest first" is the empty choice. */
function sortOptions(searching: boolean): SelectOption[] {
  const reports = { value: "reports", label: "Most reported first" };
  return searching ? [{ value: "date", label: "Newest first" }, reports] : [reports];
}

export function FilterForm({
  filter,
  facets,
  chosenSpeaker,
  chosenOutlet,
}: {
  filter: StatementFilter;
  facets: StatementFacets;
  /** Names of the chosen speaker and outlet (they may be outside the top few). */
  chosenSpeaker: { value: string; label: string } | null;
  chosenOutlet: { value: string; label: string } | null;
}) {
  const yearLink = (year: string) =>
    statementsUrl({ ...filter, from: `${year}-01-01`, to: `${year}-12-31`, page: undefined, after: undefined });
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
          aria-describedby="filter-q-help"
        />
        <p id="filter-q-help" className="mt-1 text-xs text-slate-600">
          &quot;exact phrase&quot;, -leave out, this or that
        </p>
      </div>
      <div className="mt-4 grid grid-cols-2 gap-x-3 gap-y-4 lg:grid-cols-1">
        <div>
          <SelectField
            id="filter-speaker"
            name="speaker"
            label="Speaker"
            value={filter.speaker}
            emptyLabel="All speakers"
            options={topOptions(facets.speaker, chosenSpeaker)}
          />
          <a href={facetPickerUrl("speaker", filter)} className="mt-1 inline-block text-xs text-blue-800 underline underline-offset-2">
            Every speaker, with counts
          </a>
        </div>
        <div>
          <SelectField
            id="filter-outlet"
            name="outlet"
            label="Outlet"
            value={filter.outlet}
            emptyLabel="All outlets"
            options={topOptions(facets.outlet, chosenOutlet)}
          />
          <a href={facetPickerUrl("outlet", filter)} className="mt-1 inline-block text-xs text-blue-800 underline underline-offset-2">
            Every outlet, with counts
          </a>
        </div>
        <SelectField
          id="filter-topic"
          name="topic"
          label="Topic"
          value={filter.topic}
          emptyLabel="Any topic"
          options={countedOptions(FILTER_TOPICS, facets.topic, topicLabel)}
        />
        <SelectField
          id="filter-stance"
          name="stance"
          label="Stance"
          value={filter.stance}
          emptyLabel="Any stance"
          options={countedOptions(FILTER_STANCES, facets.stance, stanceLabel)}
          help="On the chosen topic, or on any topic."
        />
        <SelectField
          id="filter-kind"
          name="kind"
          label="Kind"
          value={filter.kind}
          emptyLabel="Quotes and reported speech"
          options={countedOptions(FILTER_KINDS, facets.kind, kindLabel)}
        />
        <SelectField
          id="filter-sort"
          name="sort"
          label="Order"
          value={filter.sort}
          emptyLabel={filter.q ? "Most relevant first" : "Newest first"}
          options={sortOptions(!!filter.q)}
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
      {facets.year.length > 0 ? (
        <nav aria-label="Statements by year" className="mt-2 text-sm text-slate-700">
          <span>By year: </span>
          <ul className="inline">
            {facets.year.map((year, i) => (
              <li key={year.value} className="inline">
                {i > 0 ? <span aria-hidden="true"> · </span> : null}
                <a
                  href={yearLink(year.value)}
                  className="text-blue-800 underline underline-offset-2"
                  aria-label={`${year.value}: ${formatCount(year.count, "statement")}${year.exact ? "" : " (estimate)"}`}
                >
                  {year.value}
                </a>{" "}
                {formatFacetCount(year)}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <ReviewedOnlyField id="filter-reviewed" checked={!!filter.reviewed} />
        <button
          type="submit"
          className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white shadow-sm hover:bg-blue-900"
        >
          Apply filters
        </button>
        <a href={statementsUrl()} className="text-blue-800 underline underline-offset-2 hover:text-blue-950">
          Clear all
        </a>
      </div>
    </form>
  );
}
