// The statement filter as a plain GET form: works without JavaScript, and submitting it always starts again
// at page 1. Every choice shows how many statements it would list with the other filters in force
// (facet counts). Speakers and outlets offer only the most frequent few; the picker page lists them all.
// The form's content reaches React as one string of HTML (filterFormInnerHtml, written with the escaping
// `html` template): ~90 elements that never change in the browser, which React would otherwise walk twice
// on every cold list page (decisions 0340, 0450). FilterForm.test.tsx compares it with the JSX it replaced.
import { FILTER_KINDS, FILTER_STANCES, FILTER_TOPICS, Q_MAX_LENGTH, type StatementFilter } from "@/schemas/statementFilter";
import { formatCount, formatFacetCount, kindLabel, stanceLabel, topicLabel } from "@/lib/format";
import { html, SafeHtml } from "@/lib/html";
import { facetPickerUrl, statementsUrl } from "@/lib/urls";
import type { FacetCount, StatementFacets } from "@/server/queries/types";
import { FIELD_CLASS, LABEL_CLASS, optionsHtml, type SelectOption } from "./SelectField";

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

interface SelectSpec {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  emptyLabel: string;
  options: SelectOption[];
  help?: string;
}

/** SelectField's markup, as a string. */
function selectFieldHtml({ id, name, label, value, emptyLabel, options, help }: SelectSpec): SafeHtml {
  const helpId = `${id}-help`;
  const options_ = new SafeHtml(optionsHtml(options, emptyLabel, value));
  return html`<div class="min-w-0 max-w-full"><label for="${id}" class="${LABEL_CLASS}">${label}</label><select id="${id}" name="${name}" class="${FIELD_CLASS} max-w-full"${help ? html` aria-describedby="${helpId}"` : ""}>${options_}</select>${help ? html`<p id="${helpId}" class="mt-1 text-xs text-slate-600">${help}</p>` : ""}</div>`;
}

const PICKER_LINK_CLASS = "mt-1 inline-block text-xs text-blue-800 underline underline-offset-2";

/** A date field's markup. */
const dateFieldHtml = (id: string, name: string, label: string, value: string | undefined) =>
  html`<div><label for="${id}" class="${LABEL_CLASS}">${label}</label><input id="${id}" type="date" class="${FIELD_CLASS}" name="${name}" value="${value ?? ""}"/></div>`;

export interface FilterFormProps {
  filter: StatementFilter;
  facets: StatementFacets;
  /** Names of the chosen speaker and outlet (they may be outside the top few). */
  chosenSpeaker: { value: string; label: string } | null;
  chosenOutlet: { value: string; label: string } | null;
}

/** The form's content as HTML: search, the facet selects, dates, the years, the reviewed box, the buttons. */
export function filterFormInnerHtml({ filter, facets, chosenSpeaker, chosenOutlet }: FilterFormProps): string {
  const yearLink = (year: string) =>
    statementsUrl({ ...filter, from: `${year}-01-01`, to: `${year}-12-31`, page: undefined, after: undefined });
  const years = facets.year.map(
    (year, i) =>
      html`<li class="inline">${i > 0 ? html`<span aria-hidden="true"> · </span>` : ""}<a href="${yearLink(year.value)}" class="text-blue-800 underline underline-offset-2" aria-label="${`${year.value}: ${formatCount(year.count, "statement")}${year.exact ? "" : " (estimate)"}`}">${year.value}</a> ${formatFacetCount(year)}</li>`,
  );
  return html`<div><label for="filter-q" class="${LABEL_CLASS}">Search the quotes</label><input id="filter-q" type="search" maxLength="${Q_MAX_LENGTH}" placeholder="e.g. red lines, ceasefire, irreversible" class="${FIELD_CLASS}" aria-describedby="filter-q-help" name="q" value="${filter.q ?? ""}"/><p id="filter-q-help" class="mt-1 text-xs text-slate-600">&quot;exact phrase&quot;, -leave out, this or that</p></div><div class="mt-4 grid grid-cols-2 gap-x-3 gap-y-4 lg:grid-cols-1"><div>${selectFieldHtml({
    id: "filter-speaker",
    name: "speaker",
    label: "Speaker",
    value: filter.speaker,
    emptyLabel: "All speakers",
    options: topOptions(facets.speaker, chosenSpeaker),
  })}<a href="${facetPickerUrl("speaker", filter)}" class="${PICKER_LINK_CLASS}">Every speaker, with counts</a></div><div>${selectFieldHtml({
    id: "filter-outlet",
    name: "outlet",
    label: "Outlet",
    value: filter.outlet,
    emptyLabel: "All outlets",
    options: topOptions(facets.outlet, chosenOutlet),
  })}<a href="${facetPickerUrl("outlet", filter)}" class="${PICKER_LINK_CLASS}">Every outlet, with counts</a></div>${selectFieldHtml({
    id: "filter-topic",
    name: "topic",
    label: "Topic",
    value: filter.topic,
    emptyLabel: "Any topic",
    options: countedOptions(FILTER_TOPICS, facets.topic, topicLabel),
  })}${selectFieldHtml({
    id: "filter-stance",
    name: "stance",
    label: "Stance",
    value: filter.stance,
    emptyLabel: "Any stance",
    options: countedOptions(FILTER_STANCES, facets.stance, stanceLabel),
    help: "On the chosen topic, or on any topic.",
  })}${selectFieldHtml({
    id: "filter-kind",
    name: "kind",
    label: "Kind",
    value: filter.kind,
    emptyLabel: "Quotes and reported speech",
    options: countedOptions(FILTER_KINDS, facets.kind, kindLabel),
  })}${selectFieldHtml({
    id: "filter-sort",
    name: "sort",
    label: "Order",
    value: filter.sort,
    emptyLabel: filter.q ? "Most relevant first" : "Newest first",
    options: sortOptions(!!filter.q),
  })}${dateFieldHtml("filter-from", "from", "From", filter.from)}${dateFieldHtml("filter-to", "to", "To", filter.to)}</div>${
    years.length > 0
      ? html`<nav aria-label="Statements by year" class="mt-2 text-sm text-slate-700"><span>By year: </span><ul class="inline">${years}</ul></nav>`
      : ""
  }<div class="mt-4 flex flex-wrap items-center gap-3"><label for="filter-reviewed" class="flex items-center gap-2 self-center text-sm font-semibold text-slate-800"><input id="filter-reviewed" type="checkbox" class="h-4 w-4" name="reviewed"${filter.reviewed ? html` checked=""` : ""} value="1"/>Reviewed by an editor only</label><button type="submit" class="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white shadow-sm hover:bg-blue-900">Apply filters</button><a href="${statementsUrl()}" class="text-blue-800 underline underline-offset-2 hover:text-blue-950">Clear all</a></div>`.value;
}

export function FilterForm(props: FilterFormProps) {
  return (
    <form
      method="get"
      action={statementsUrl()}
      role="search"
      aria-label="Filter statements"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      dangerouslySetInnerHTML={{ __html: filterFormInnerHtml(props) }}
    />
  );
}
