// The filter form's content is written as a string (decision 0450); these tests keep its markup the same as
// the JSX it replaced, rendered by React, so the two cannot drift apart.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { formatCount, formatFacetCount, kindLabel, stanceLabel, topicLabel } from "@/lib/format";
import { facetPickerUrl, statementsUrl } from "@/lib/urls";
import { FILTER_KINDS, FILTER_STANCES, FILTER_TOPICS, parseStatementFilter, Q_MAX_LENGTH, type StatementFilter } from "@/schemas/statementFilter";
import type { FacetCount, StatementFacets } from "@/server/queries/types";
import { FilterForm } from "./FilterForm";
import { FIELD_CLASS, LABEL_CLASS, type SelectOption } from "./SelectField";

/** React's markup with one spelling of what the string writes differently but means the same. */
const react = (element: React.ReactElement) =>
  renderToStaticMarkup(element).replaceAll("<!-- -->", "").replaceAll("&#x27;", "&#39;").replaceAll(' selected=""', " selected");

function SelectAsElements(props: { id: string; name: string; label: string; value: string | undefined; emptyLabel: string; options: SelectOption[]; help?: string }) {
  const helpId = props.help ? `${props.id}-help` : undefined;
  return (
    <div className="min-w-0 max-w-full">
      <label htmlFor={props.id} className={LABEL_CLASS}>
        {props.label}
      </label>
      <select id={props.id} name={props.name} className={`${FIELD_CLASS} max-w-full`} aria-describedby={helpId} defaultValue={props.value ?? ""}>
        <option value="">{props.emptyLabel}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.help ? (
        <p id={helpId} className="mt-1 text-xs text-slate-600">
          {props.help}
        </p>
      ) : null}
    </div>
  );
}

const counted = (values: readonly string[], facets: FacetCount[], label: (v: string) => string) =>
  values.map((value) => ({ value, label: `${label(value)} ${formatFacetCount(facets.find((f) => f.value === value))}`.trim() }));
function top(facets: FacetCount[], chosen: { value: string; label: string } | null) {
  const options = facets.map((f) => ({ value: f.value, label: `${f.label} ${formatFacetCount(f)}` }));
  if (chosen && !options.some((o) => o.value === chosen.value)) options.unshift(chosen);
  return options;
}

/** The form as it was written in JSX before its content became a string: the reference its markup must match. */
function FormAsElements({ filter, facets, chosenSpeaker, chosenOutlet }: { filter: StatementFilter; facets: StatementFacets; chosenSpeaker: { value: string; label: string } | null; chosenOutlet: { value: string; label: string } | null }) {
  const yearLink = (year: string) => statementsUrl({ ...filter, from: `${year}-01-01`, to: `${year}-12-31`, page: undefined, after: undefined });
  const reports = { value: "reports", label: "Most reported first" };
  return (
    <form method="get" action={statementsUrl()} role="search" aria-label="Filter statements" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div>
        <label htmlFor="filter-q" className={LABEL_CLASS}>
          Search the quotes
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={Q_MAX_LENGTH} placeholder="e.g. red lines, ceasefire, irreversible" className={FIELD_CLASS} aria-describedby="filter-q-help" />
        <p id="filter-q-help" className="mt-1 text-xs text-slate-600">
          &quot;exact phrase&quot;, -leave out, this or that
        </p>
      </div>
      <div className="mt-4 grid grid-cols-2 gap-x-3 gap-y-4 lg:grid-cols-1">
        <div>
          <SelectAsElements id="filter-speaker" name="speaker" label="Speaker" value={filter.speaker} emptyLabel="All speakers" options={top(facets.speaker, chosenSpeaker)} />
          <a href={facetPickerUrl("speaker", filter)} className="mt-1 inline-block text-xs text-blue-800 underline underline-offset-2">
            Every speaker, with counts
          </a>
        </div>
        <div>
          <SelectAsElements id="filter-outlet" name="outlet" label="Outlet" value={filter.outlet} emptyLabel="All outlets" options={top(facets.outlet, chosenOutlet)} />
          <a href={facetPickerUrl("outlet", filter)} className="mt-1 inline-block text-xs text-blue-800 underline underline-offset-2">
            Every outlet, with counts
          </a>
        </div>
        <SelectAsElements id="filter-topic" name="topic" label="Topic" value={filter.topic} emptyLabel="Any topic" options={counted(FILTER_TOPICS, facets.topic, topicLabel)} />
        <SelectAsElements id="filter-stance" name="stance" label="Stance" value={filter.stance} emptyLabel="Any stance" options={counted(FILTER_STANCES, facets.stance, stanceLabel)} help="On the chosen topic, or on any topic." />
        <SelectAsElements id="filter-kind" name="kind" label="Kind" value={filter.kind} emptyLabel="Quotes and reported speech" options={counted(FILTER_KINDS, facets.kind, kindLabel)} />
        <SelectAsElements id="filter-sort" name="sort" label="Order" value={filter.sort} emptyLabel={filter.q ? "Most relevant first" : "Newest first"} options={filter.q ? [{ value: "date", label: "Newest first" }, reports] : [reports]} />
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
                <a href={yearLink(year.value)} className="text-blue-800 underline underline-offset-2" aria-label={`${year.value}: ${formatCount(year.count, "statement")}${year.exact ? "" : " (estimate)"}`}>
                  {year.value}
                </a>{" "}
                {formatFacetCount(year)}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <label htmlFor="filter-reviewed" className="flex items-center gap-2 self-center text-sm font-semibold text-slate-800">
          <input id="filter-reviewed" type="checkbox" name="reviewed" value="1" defaultChecked={!!filter.reviewed} className="h-4 w-4" />
          Reviewed by an editor only
        </label>
        <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white shadow-sm hover:bg-blue-900">
          Apply filters
        </button>
        <a href={statementsUrl()} className="text-blue-800 underline underline-offset-2 hover:text-blue-950">
          Clear all
        </a>
      </div>
    </form>
  );
}

const facets: StatementFacets = {
  speaker: [
    { value: "jane-doe", label: "Jane <Doe>", count: 1234, exact: true },
    { value: "o-brien", label: `O'Brien & "Co"`, count: 12400, exact: false },
  ],
  outlet: [{ value: "daily", label: "The Daily & Co", count: 7, exact: true }],
  topic: [
    { value: "troops", label: "troops", count: 500, exact: true },
    { value: "membership", label: "membership", count: 12000, exact: false },
  ],
  stance: [{ value: "opposes", label: "opposes", count: 1, exact: true }],
  kind: [],
  year: [
    { value: "2025", label: "2025", count: 1, exact: true },
    { value: "2024", label: "2024", count: 45000, exact: false },
  ],
};

const filterOf = (query: Record<string, string>) => parseStatementFilter(query).filter;

describe("FilterForm", () => {
  const cases: [string, StatementFilter, StatementFacets, { value: string; label: string } | null][] = [
    ["no filter", filterOf({}), facets, null],
    ["no years", filterOf({ topic: "troops" }), { ...facets, year: [] }, null],
    ["a speaker outside the top few, and a search", filterOf({ speaker: "someone-else", q: `"red <lines>" & that's it`, sort: "reports" }), facets, { value: "someone-else", label: "Some <One>" }],
    [
      "every field set",
      filterOf({ speaker: "jane-doe", outlet: "daily", topic: "troops", stance: "opposes", kind: "direct", from: "2024-01-01", to: "2024-06-30", reviewed: "1", page: "3" }),
      facets,
      { value: "jane-doe", label: "Jane <Doe>" },
    ],
  ];
  it.each(cases)("is the markup the JSX made: %s", (_, filter, given, chosenSpeaker) => {
    const chosenOutlet = filter.outlet ? { value: filter.outlet, label: "The Daily & Co" } : null;
    const props = { filter, facets: given, chosenSpeaker, chosenOutlet };
    expect(react(<FilterForm {...props} />)).toBe(react(<FormAsElements {...props} />));
  });
});
