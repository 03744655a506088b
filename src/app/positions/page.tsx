import type { Metadata } from "next";
import { connection } from "next/server";
import { ParameterNotices } from "@/components/ParameterNotices";
import { ChangeList } from "@/components/positions/ChangeList";
import { axisTicks } from "@/components/positions/navigation";
import { PositionsChart } from "@/components/positions/PositionsChart";
import { PositionsControls } from "@/components/positions/PositionsControls";
import { PositionsTable } from "@/components/positions/PositionsTable";
import { changeAnchor } from "@/components/positions/labels";
import { StanceKey } from "@/components/positions/StanceMark";
import { periodLabel } from "@/domain/positions";
import { topicLabel } from "@/lib/format";
import { parsePositionsFilter } from "@/schemas/positionsFilter";
import { positionsUrl } from "@/lib/urls";
import { listSpeakers, MAX_ROWS, positionsView, type PositionChangeView, type PositionRowView } from "@/server/queries";

/**
 * Changes listed per speaker when not comparing: the latest one on the first answer, the latest five with
 * changes=all. Twenty speakers' changes with both quotes were a third of the page at a million statements
 * and most of its render after the chart (decision 0305).
 */
const CHANGES_LISTED_FIRST = 1;
const CHANGES_LISTED = 5;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = {
  title: "Positions per person",
  description: "Who holds which position on troops for Ukraine, peace negotiations and Ukraine in NATO, and when it changed: a row per speaker, every change linked to the statements on both sides.",
};

export default async function PositionsPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const { filter, issues } = parsePositionsFilter(await searchParams);
  // The read does not depend on how many changes are listed: one cached read for both answers.
  const { changes: listing, ...readFilter } = filter;
  const [view, speakers] = await Promise.all([positionsView(readFilter), listSpeakers()]);
  const notices = [...issues, ...view.unknownSpeakers.map((slug) => ({ param: "speaker", value: slug, message: `We have no speaker "${slug}"; left out of the comparison.` }))];
  const rows = [...view.nato, ...view.others];
  const changes = rows.filter((row) => row.changes.length > 0);
  // Without a comparison the list keeps each speaker's latest change (the latest five with changes=all);
  // a marker of another leads to its entry on the changes=all answer, or, older still, to that speaker's
  // own view, which lists them all (the page stays light with hundreds of speakers).
  const comparing = filter.speaker.length > 0;
  const listedWithAll = (row: PositionRowView) => (comparing ? row.changes : row.changes.slice(-CHANGES_LISTED));
  const listed = (row: PositionRowView) => (comparing || listing === "all" ? listedWithAll(row) : row.changes.slice(-CHANGES_LISTED_FIRST));
  const listedChanges = new Set(rows.flatMap(listed));
  const listedChangesWithAll = new Set(rows.flatMap(listedWithAll));
  const unlisted = listedChangesWithAll.size - listedChanges.size;
  const allChangesUrl = positionsUrl({ ...filter, changes: "all" });
  const changeHref = (slug: string, change: PositionChangeView) => {
    const anchor = `#${changeAnchor(slug, change)}`;
    if (listedChanges.has(change)) return anchor;
    return listedChangesWithAll.has(change) ? `${allChangesUrl}${anchor}` : `${positionsUrl({ ...filter, changes: undefined, speaker: [slug] })}${anchor}`;
  };

  const title = `${topicLabel(view.topic)}, ${periodLabel(view.period)}`;
  const more = (n: number) => (n > 0 ? `${n} more ${n === 1 ? "speaker" : "speakers"} with fewer statements in ${periodLabel(view.period)} on the next ${n > MAX_ROWS ? "pages" : "page"}.` : null);
  const earlier = view.shownBefore.nato + view.shownBefore.others;
  const later = view.notShown.nato + (view.othersHidden ? 0 : view.notShown.others);

  return (
    <div className="space-y-6 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Positions per person</h1>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
          Each row is one speaker; each mark a statement on “{topicLabel(view.topic)}”, shaped and coloured by its stance. A dashed arrow marks a change of
          position between two consecutive statements. A row with more marks than fit across it shows a bar per stance, in the key’s
          order, where that stance was taken. Statements without a date or a speaker are not placed.
        </p>
      </header>
      <ParameterNotices issues={notices} />
      <PositionsControls view={view} filter={filter} speakers={speakers} />
      <StanceKey />
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 p-6">
          {earlier > 0 ? `No more speakers on this topic in ${periodLabel(view.period)}.` : `No statements on this topic in ${periodLabel(view.period)}.`}
        </p>
      ) : filter.view === "table" ? (
        <PositionsTable rows={rows} topic={view.topic} caption={`Statements on ${title}, NATO officials first`} />
      ) : (
        <PositionsChart
          scale={view.scale}
          topic={view.topic}
          ticks={axisTicks(view, filter)}
          changeHref={changeHref}
          groups={[
            { id: "nato", title: "NATO officials", rows: view.nato, note: more(view.notShown.nato) },
            ...(view.othersHidden ? [] : [{ id: "others", title: view.compared.length ? "Other speakers compared" : "Other speakers", rows: view.others, note: more(view.notShown.others) }]),
          ]}
        />
      )}
      {earlier > 0 || later > 0 ? (
        <nav aria-label="Speakers" className="flex flex-wrap gap-x-6 gap-y-2 text-sm" data-testid="positions-pages">
          {earlier > 0 ? (
            <a href={positionsUrl({ ...filter, page: view.page - 1 })} rel="prev" className="text-blue-800 underline underline-offset-2 dark:text-blue-300">
              ← Speakers with more statements
            </a>
          ) : null}
          {rows.length ? (
            <span>
              Speakers ranked {(view.page - 1) * MAX_ROWS + 1}–{(view.page - 1) * MAX_ROWS + Math.max(view.nato.length, view.others.length)} by statements in each group
            </span>
          ) : null}
          {later > 0 ? (
            <a href={positionsUrl({ ...filter, page: view.page + 1 })} rel="next" className="text-blue-800 underline underline-offset-2 dark:text-blue-300">
              Speakers with fewer statements →
            </a>
          ) : null}
        </nav>
      ) : null}
      <section aria-labelledby="changes" className="space-y-3">
        <h2 id="changes" className="text-2xl font-bold">
          Changes of position
        </h2>
        {changes.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">No speaker changed position on this topic in {periodLabel(view.period)}.</p>
        ) : (
          changes.map((row) => (
            <div key={row.speaker.slug} className="space-y-2">
              <ChangeList changes={listed(row)} speaker={row.speaker} />
              {comparing && row.changeCount > row.changes.length ? (
                <p className="text-sm">
                  The latest {row.changes.length} of {row.changeCount} changes of {row.speaker.name} in {periodLabel(view.period)} are drawn and
                  listed; a shorter period shows every one.
                </p>
              ) : listed(row).length < row.changeCount ? (
                <p className="text-sm">
                  <a href={positionsUrl({ ...filter, speaker: [row.speaker.slug] })} className="text-blue-800 underline underline-offset-2 dark:text-blue-300">
                    All {row.changeCount} changes of {row.speaker.name} in {periodLabel(view.period)}
                  </a>
                </p>
              ) : null}
            </div>
          ))
        )}
        {unlisted > 0 ? (
          <p className="text-sm" data-testid="more-changes">
            <a href={`${allChangesUrl}#changes`} className="text-blue-800 underline underline-offset-2 dark:text-blue-300">
              {unlisted} earlier {unlisted === 1 ? "change" : "changes"} drawn in the chart, with both statements
            </a>
          </p>
        ) : null}
      </section>
    </div>
  );
}
