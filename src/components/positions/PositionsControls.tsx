// The controls of /positions, all plain links and one GET form: topic, zoom, pan, the others toggle,
// chart or table, and the speakers to compare. Plain <a>s: these pages never hydrate (decision 0080), and
// next/link is a client component that costs more to render than the anchor it becomes (decision 0265).
import { periodLabel } from "@/domain/positions";
import { formatNumber, topicLabel } from "@/lib/format";
import { positionsFormAction, positionsSpeakerChooserUrl, positionsUrl } from "@/lib/urls";
import { MAX_COMPARED, POSITION_TOPICS, type PositionsFilter } from "@/schemas/positionsFilter";
import type { PositionsView, SpeakerListItem } from "@/server/queries";
import { panLinks, zoomLinks } from "./navigation";
import { shortSpeakerList, SpeakerSelect } from "./SpeakerSelect";

/**
 * Speakers the compare list offers beside the rows on the page: the most prolific. Every other speaker is
 * on the chooser page the link beside the list opens (decision 0385).
 */
export const COMPARE_CHOICES = 30;

const LINK = "text-blue-800 underline underline-offset-2 dark:text-blue-300";
const PILL = "rounded-md border px-3 py-1.5 text-sm font-semibold";
const PILL_OFF = `${PILL} border-slate-400 text-blue-800 hover:bg-slate-100 dark:border-slate-500 dark:text-blue-300 dark:hover:bg-slate-800`;
const PILL_ON = `${PILL} border-blue-900 bg-blue-900 text-white dark:border-blue-300 dark:bg-blue-300 dark:text-slate-950`;

function Pills({ label, items }: { label: string; items: { key: string; label: string; href: string; current: boolean }[] }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.key}>
            <a href={item.href} aria-current={item.current ? "page" : undefined} className={item.current ? PILL_ON : PILL_OFF}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function PositionsControls({ view, filter, speakers }: { view: PositionsView; filter: PositionsFilter; speakers: SpeakerListItem[] }) {
  const pan = panLinks(view, filter);
  const here = { ...filter, zoom: view.period.zoom, at: view.period.key };
  const compared = view.compared.map((s) => s.slug);
  const onPage = [...view.nato, ...view.others].map((row) => row.speaker.slug);
  return (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      <Pills label="Topic" items={POSITION_TOPICS.map((topic) => ({ key: topic, label: topicLabel(topic), href: positionsUrl({ ...filter, topic }), current: topic === view.topic }))} />
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <Pills label="Zoom" items={zoomLinks(view, filter).map((z) => ({ key: z.zoom, label: z.label, href: z.href, current: z.current }))} />
        <nav aria-label="Pan" className="flex flex-wrap items-center gap-3 text-sm">
          {pan.previous ? (
            <a href={pan.previous.href} className={LINK} rel="prev">
              ← {pan.previous.label}
            </a>
          ) : null}
          <span className="font-semibold" aria-current="page">
            {periodLabel(view.period)}
          </span>
          {pan.next ? (
            <a href={pan.next.href} className={LINK} rel="next">
              {pan.next.label} →
            </a>
          ) : null}
        </nav>
      </div>
      <p className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {compared.length === 0 ? (
          <a href={positionsUrl({ ...here, others: view.othersHidden ? undefined : "hide" })} className={LINK} data-testid="others-toggle">
            {view.othersHidden ? "Show other speakers" : "Hide speakers who are not NATO officials"}
          </a>
        ) : (
          <a href={positionsUrl({ ...here, speaker: [] })} className={LINK}>
            Show every speaker
          </a>
        )}
        <a href={positionsUrl({ ...here, view: filter.view ? undefined : "table" })} className={LINK} data-testid="view-toggle">
          {filter.view ? "Show as a chart" : "Show as a table"}
        </a>
      </p>
      <form method="get" action={positionsFormAction()} className="flex flex-wrap items-end gap-3" aria-label="Compare speakers">
        <input type="hidden" name="topic" value={view.topic} />
        <input type="hidden" name="zoom" value={view.period.zoom} />
        <input type="hidden" name="at" value={view.period.key} />
        {filter.view ? <input type="hidden" name="view" value={filter.view} /> : null}
        {/* The compared speakers ride along; one list adds another (three lists of every speaker were a fifth of the page). */}
        {compared.map((slug) => (
          <input key={slug} type="hidden" name="speaker" value={slug} />
        ))}
        {compared.length < MAX_COMPARED ? (
          <>
            <label className="text-sm font-semibold">
              {compared.length ? "Add to the comparison" : "Compare"}
              <SpeakerSelect
                name="speaker"
                speakers={shortSpeakerList(speakers, COMPARE_CHOICES, onPage).filter((s) => !compared.includes(s.slug))}
                emptyLabel="—"
                className="mt-1 block max-w-[14rem] rounded-md border border-slate-400 bg-white px-2 py-1.5 font-normal dark:border-slate-500 dark:bg-slate-900"
              />
            </label>
            <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-900 dark:bg-blue-300 dark:text-slate-950">
              {compared.length ? "Add" : "Compare"}
            </button>
            {speakers.length > COMPARE_CHOICES ? (
              <a href={positionsSpeakerChooserUrl(here)} className={`${LINK} text-sm`} data-testid="speaker-chooser">
                Choose from all {formatNumber(speakers.length)} speakers
              </a>
            ) : null}
          </>
        ) : null}
        {view.compared.length ? (
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Compared speakers">
            {view.compared.map((s) => (
              <li key={s.slug}>
                {s.name}{" "}
                <a href={positionsUrl({ ...here, speaker: compared.filter((slug) => slug !== s.slug) })} className={LINK}>
                  remove<span className="sr-only"> {s.name} from the comparison</span>
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        <span className="text-xs text-slate-600 dark:text-slate-400">Up to {MAX_COMPARED} speakers through the address (repeat speaker=).</span>
      </form>
    </div>
  );
}
