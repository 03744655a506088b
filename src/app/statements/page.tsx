import type { Metadata } from "next";
import { connection } from "next/server";
import { cache } from "react";
import { ActiveFilters } from "@/components/ActiveFilters";
import { DownloadLinks } from "@/components/DownloadLinks";
import { FilterForm } from "@/components/FilterForm";
import { FollowFeedLink } from "@/components/FollowFeedLink";
import { Pagination } from "@/components/Pagination";
import { ParameterNotices } from "@/components/ParameterNotices";
import { statementListItemsHtml } from "@/components/StatementCard";
import { formatTotal, kindLabel, stanceLabel, topicLabel } from "@/lib/format";
import { followFeedUrl, statementsNextUrl, statementsPageUrl, statementsUrl, statementsUrlWithout, timelineUrl } from "@/lib/urls";
import {
  activeFilterParams,
  dropUnknownSlugs,
  paramLabel,
  MAX_PAGE,
  parseStatementFilter,
  type StatementFilter,
} from "@/schemas/statementFilter";
import { countsWithoutEachFilter, filterNames, listStatements, statementFacets } from "@/server/queries";
import type { OutletRef, SpeakerRef } from "@/server/queries/types";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function describeFilter(filter: StatementFilter, speakers: SpeakerRef[], outlets: OutletRef[]): string {
  const parts: string[] = [];
  if (filter.speaker) parts.push(`by ${speakers.find((s) => s.slug === filter.speaker)?.name ?? filter.speaker}`);
  if (filter.topic) parts.push(`on ${topicLabel(filter.topic).toLowerCase()}`);
  if (filter.stance) parts.push(`(${stanceLabel(filter.stance).toLowerCase()})`);
  if (filter.kind) parts.push(`(${kindLabel(filter.kind).toLowerCase()})`);
  if (filter.outlet) parts.push(`reported by ${outlets.find((o) => o.slug === filter.outlet)?.name ?? filter.outlet}`);
  if (filter.q) parts.push(`matching “${filter.q}”`);
  return parts.join(" ");
}

// generateMetadata and the page share one request: look the names up once.
const cachedNames = cache((speaker: string | undefined, outlet: string | undefined) => filterNames({ speaker, outlet }));

/** The filter as the address gives it, parsed (bad values fall back to defaults, with a notice). */
async function askedFilter(searchParams: SearchParams) {
  await connection();
  return parseStatementFilter(await searchParams);
}

/**
 * The filter without slugs of speakers or outlets we do not have, and the names of those it keeps (as lists
 * of at most one: the speaker and outlet the page names). Nothing to look up when it names neither.
 */
async function load(searchParams: SearchParams) {
  const asked = await askedFilter(searchParams);
  const names = await cachedNames(asked.filter.speaker, asked.filter.outlet);
  const speakers = names.speaker ? [names.speaker] : [];
  const outlets = names.outlet ? [names.outlet] : [];
  const parsed = dropUnknownSlugs(asked, {
    speakers: speakers.map((s) => s.slug),
    outlets: outlets.map((o) => o.slug),
  });
  return { ...parsed, speakers, outlets };
}

const readList = (filter: StatementFilter) => Promise.all([listStatements(filter), statementFacets(filter)]);
const sameSlugs = (a: StatementFilter, b: StatementFilter) => a.speaker === b.speaker && a.outlet === b.outlet;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { filter, speakers, outlets } = await load(searchParams);
  const description = describeFilter(filter, speakers, outlets);
  const title = description ? `Statements ${description}` : "All statements";
  return {
    title,
    description: `What NATO's leaders said about troops for Ukraine, peace talks and membership — ${title.toLowerCase()}, newest first, each linked to its source.`,
    alternates: { canonical: statementsUrl({ ...filter }), types: { "application/atom+xml": followFeedUrl(filter) } },
    openGraph: { title, url: statementsUrl({ ...filter }) },
  };
}

export default async function StatementsPage({ searchParams }: { searchParams: SearchParams }) {
  // The list and its facets start with the slugs as asked, while the names that check them load (on a
  // cold page a query, when the filter names a speaker or outlet); an unknown slug, which is rare, lists
  // again without it.
  const asked = (await askedFilter(searchParams)).filter;
  const listing = readList(asked);
  const { filter, issues, speakers, outlets } = await load(searchParams);
  const checked = sameSlugs(filter, asked);
  if (!checked) listing.catch(() => undefined);
  const [result, facets] = checked ? await listing : await readList(filter);
  const active = activeFilterParams(filter);
  // An empty result says which filter to drop, and what dropping it would list.
  const drops = result.total === 0 && active.length > 1 ? await countsWithoutEachFilter(filter) : [];
  const chosen = (list: { slug: string; name: string }[], slug: string | undefined) => {
    const found = slug ? list.find((item) => item.slug === slug) : undefined;
    return found ? { value: found.slug, label: found.name } : null;
  };
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.items.length - 1;
  const pastTheEnd = result.items.length === 0 && result.total > 0 && !result.onCursor;
  const lastPage = Math.min(result.pageCount, MAX_PAGE);
  const total = formatTotal(result.total, result.totalIsExact, "statement");
  const matching = active.length ? " matching these filters" : "";
  const ranked =
    result.order === "relevance" ? ", most relevant first" : result.order === "reports" ? ", most reported first" : "";

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight text-slate-950 sm:text-4xl">Statements</h1>
        <p className="mt-2 max-w-3xl text-slate-700">
          What NATO&apos;s leaders said about sending troops to Ukraine, peace negotiations and Ukraine joining NATO,
          newest first. Open a statement to see every outlet&apos;s wording and the paragraph it came from.
        </p>
      </header>

      <ParameterNotices issues={issues} />

      <div className="grid gap-6 lg:grid-cols-[20rem_1fr] lg:items-start">
        <section aria-labelledby="filters-heading" className="lg:sticky lg:top-4">
          <h2 id="filters-heading" className="sr-only">
            Filters
          </h2>
          <FilterForm
            filter={filter}
            facets={facets}
            chosenSpeaker={chosen(speakers, filter.speaker)}
            chosenOutlet={chosen(outlets, filter.outlet)}
          />
        </section>

        <section aria-labelledby="results-heading" className="min-w-0 space-y-4">
          <h2 id="results-heading" className="sr-only">
            Results
          </h2>
          <ActiveFilters filter={filter} speakers={speakers} outlets={outlets} />
          <p>
            <FollowFeedLink href={followFeedUrl(filter)} />
          </p>
          <p className="text-slate-800" data-testid="result-count" aria-live="polite">
            {result.total === 0 || (result.onCursor && result.items.length === 0)
              ? "No statements match."
              : pastTheEnd
                ? `${total} match, but page ${result.page} is past the last page.`
                : result.onCursor
                  ? `Showing ${result.items.length} more of ${total}${matching}.`
                  : `Showing ${first}–${last} of ${total}${matching}${ranked}.`}
          </p>

          {result.total > 0 ? <DownloadLinks filter={filter} /> : null}

          {result.items.length > 0 ? (
            // The cards as one string of HTML: React renders one element, not ~20 per card (decision 0340).
            <ol
              className="space-y-4"
              aria-label="Statements, newest first"
              dangerouslySetInnerHTML={{ __html: statementListItemsHtml(result.items, result.highlights) }}
            />
          ) : pastTheEnd ? (
            <div className="rounded-lg border border-slate-300 bg-white p-6">
              <p>
                There are only {lastPage} {lastPage === 1 ? "page" : "pages"} of results.{" "}
                <a href={statementsPageUrl(filter, lastPage)} className="font-semibold text-blue-800 underline">
                  Go to the last page
                </a>{" "}
                or{" "}
                <a href={statementsPageUrl(filter, 1)} className="font-semibold text-blue-800 underline">
                  back to the first
                </a>
                .
              </p>
            </div>
          ) : (
            <div className="rounded-lg border border-dashed border-slate-400 bg-white p-6" data-testid="empty-state">
              <h3 className="text-lg font-semibold">No statements match these filters</h3>
              <p className="mt-2 text-slate-700">Try removing a filter, widening the dates, or searching for fewer words.</p>
              <ul className="mt-3 flex flex-wrap gap-3">
                {drops.map(({ param, count, exact }) => (
                  <li key={param}>
                    <a
                      href={statementsUrlWithout(filter, param)}
                      className="text-blue-800 underline underline-offset-2"
                      data-testid={`drop-${param}`}
                    >
                      Remove the {paramLabel(param)} filter
                    </a>{" "}
                    <span className="text-slate-700">({formatTotal(count, exact, "statement")})</span>
                  </li>
                ))}
                <li>
                  <a href={statementsUrl()} className="font-semibold text-blue-800 underline underline-offset-2">
                    Show all statements
                  </a>
                </li>
                <li>
                  <a href={timelineUrl()} className="text-blue-800 underline underline-offset-2">
                    See positions over time
                  </a>
                </li>
              </ul>
            </div>
          )}

          {pastTheEnd ? null : (
            <Pagination
              page={result.page}
              pageCount={result.pageCount}
              maxPage={MAX_PAGE}
              onCursor={result.onCursor}
              hrefFor={(p) => statementsPageUrl(filter, p)}
              nextHref={result.next ? statementsNextUrl(filter, result.next) : null}
            />
          )}
        </section>
      </div>
    </div>
  );
}
