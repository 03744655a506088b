// One speaker's positions on one topic as a server-rendered SVG row: a mark per statement (or per group of
// statements that would overlap at this scale, counted), stances of one place stacked, and a change marker
// between consecutive statements whose stances differ, linked to the change's entry below the chart. A row
// with more marks than fit across it is drawn as a lane per stance instead (decision 0131), the lanes
// computed by the read (decision 0305).
//
// The inside of the row's <svg> is one string of markup (decision 0335): twenty rows of lanes, change markers
// and their labels were ~540 React elements, more than half of /positions', each serialised by React's
// flight render, parsed again and written by its HTML render on every cold request. The markup is the
// same as those elements made; every text and attribute that comes from the data goes through `escapeHtml`.
import escapeHtml from "escape-html";
import { xOfDay, type ChartScale, type StanceLane } from "@/domain/positions";
import type { PositionChangeView, PositionMarkView, PositionRowView, StanceTopicValue } from "@/server/queries";
import { changeAnchor, changeLabel, crowdedRowHref, crowdedRowLabel, laneLabel, markHref, markLabel } from "./labels";
import { changeGlyphMarkup, markCountMarkup, stanceFill, stanceMarkMarkup } from "./StanceMark";

const STEP = 18;
const PAD = 6;

/** Height of one stance's lane in a crowded row, and the space between lanes. */
const LANE = 6;
const LANE_GAP = 3;

function rowHeight(row: PositionRowView): number {
  if (row.lanes) return row.lanes.length * (LANE + LANE_GAP) - LANE_GAP + 2 * PAD;
  return Math.max(1, ...row.marks.map((m) => m.level + 1)) * STEP + 2 * PAD;
}

/** Inside the row, to a tenth of a unit (more digits only weigh on the page). */
function clamp(x: number, scale: ChartScale): number {
  return round(Math.min(scale.width - 4, Math.max(4, x)));
}

/** Where a change marker leads: by default the change's entry in the list below the chart. */
export type ChangeHref = (speakerSlug: string, change: PositionChangeView) => string;
const changeListEntry: ChangeHref = (slug, change) => `#${changeAnchor(slug, change)}`;

/** A link around `inner`, named by `label` for screen readers and, through its <title>, for the pointer. */
function labelledLink(href: string, label: string, data: string, inner: string): string {
  const text = escapeHtml(label);
  return `<a href="${escapeHtml(href)}" aria-label="${text}"${data}><title>${text}</title>${inner}</a>`;
}

export function PositionRow({ row, scale, topic, gridDays = [], changeHref = changeListEntry }: { row: PositionRowView; scale: ChartScale; topic: StanceTopicValue; gridDays?: string[]; changeHref?: ChangeHref }) {
  const height = rowHeight(row);
  return (
    <svg
      viewBox={`0 0 ${scale.width} ${height}`}
      className="block h-auto w-full overflow-visible"
      role="group"
      aria-label={`${row.speaker.name}: ${row.statements} ${row.statements === 1 ? "statement" : "statements"}, oldest first`}
      data-position-row={row.speaker.slug}
      dangerouslySetInnerHTML={{ __html: rowMarkup(row, scale, topic, gridDays, changeHref, height) }}
    />
  );
}

function rowMarkup(row: PositionRowView, scale: ChartScale, topic: StanceTopicValue, gridDays: string[], changeHref: ChangeHref, height: number): string {
  const grid = gridDays.length ? `<path d="${gridDays.map((day) => `M${round(xOfDay(scale, day) - 0.5)} 0v${height}`).join("")}" stroke-width="1"></path>` : "";
  const changes = row.changes.map((change) => {
    const x = clamp((xOfDay(scale, change.before.date ?? scale.start) + xOfDay(scale, change.after.date ?? scale.start)) / 2, scale);
    const label = `${row.speaker.name} changed position: ${changeLabel(change)}. Shows both statements.`;
    // What the pointer hits: a transparent stroke as wide as the arrowhead.
    const hit = `<path d="M${x} 0V${height}" stroke="transparent" stroke-width="12"></path>`;
    return labelledLink(changeHref(row.speaker.slug, change), label, ` data-testid="change-marker" data-mark=""`, hit + changeGlyphMarkup(x, height));
  });
  return (
    `<g aria-hidden="true" class="stroke-slate-200 dark:stroke-slate-700"><line x1="0" x2="${scale.width}" y1="${height - 1}" y2="${height - 1}" stroke-width="1"></line>${grid}</g>` +
    (row.lanes ? crowdedMarkup(row, row.lanes, scale, topic) : "") +
    changes.join("") +
    (row.lanes ? "" : marksMarkup(row, topic, scale))
  );
}

/** Each mark drawn and linked on its own: its statement, or the list of the statements it counts. */
function marksMarkup(row: PositionRowView, topic: StanceTopicValue, scale: ChartScale): string {
  const place = (mark: PositionMarkView) => `translate(${clamp(mark.x, scale)} ${PAD + STEP / 2 + mark.level * STEP})`;
  const links = row.marks.map((mark) =>
    labelledLink(
      markHref(row.speaker.slug, topic, mark),
      markLabel(row.speaker.name, topic, mark),
      ` data-testid="position-mark" data-mark="" data-stance="${mark.stance}" data-count="${mark.n}"`,
      `<g transform="${place(mark)}">${stanceMarkMarkup(mark.stance, { count: mark.n, countText: false })}</g>`,
    ),
  );
  // Counts drawn outside the links: a link's visible text must be part of its name (axe), and "3" is not.
  const counts = row.marks.filter((mark) => mark.n > 1).map((mark) => `<g transform="${place(mark)}">${markCountMarkup(mark.stance, mark.n)}</g>`);
  return links.join("") + counts.join("");
}

/** A crowded row: a lane per stance (in the key's order, coloured like its marks) with the stretches of the
 * period where it was taken, all linked to the row's statements of the period. */
function crowdedMarkup(row: PositionRowView, lanes: StanceLane[], scale: ChartScale, topic: StanceTopicValue): string {
  const paths = lanes.map((lane, i) => {
    const y = PAD + i * (LANE + LANE_GAP);
    const d = lane.stretches.map((s) => `M${round(s.from)} ${y}h${round(s.to - s.from)}v${LANE}h${round(s.from - s.to)}z`).join("");
    return `<path d="${d}" class="${stanceFill(lane.stance)}" data-stance="${lane.stance}" data-count="${lane.n}"><title>${escapeHtml(laneLabel(lane))}</title></path>`;
  });
  const href = escapeHtml(crowdedRowHref(row.speaker.slug, topic, scale));
  return `<a href="${href}" aria-label="${escapeHtml(crowdedRowLabel(row.speaker.name, scale, lanes))}" data-testid="crowded-row" data-mark="">${paths.join("")}</a>`;
}

const round = (x: number) => Math.round(x * 10) / 10;
