// One speaker's positions on one topic as a server-rendered SVG row: a mark per statement (or per group of
// statements that would overlap at this scale, counted), stances of one place stacked, and a change marker
// between consecutive statements whose stances differ, linked to the change's entry below the chart. A row
// with more marks than fit across it is drawn as a lane per stance instead (decision 0131), the lanes
// computed by the read (decision 0305).
import { xOfDay, type ChartScale, type StanceLane } from "@/domain/positions";
import type { PositionChangeView, PositionRowView, StanceTopicValue } from "@/server/queries";
import { changeAnchor, changeLabel, crowdedRowHref, crowdedRowLabel, laneLabel, markHref, markLabel } from "./labels";
import { ChangeGlyph, MarkCount, StanceMark, stanceFill } from "./StanceMark";

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

export function PositionRow({ row, scale, topic, gridDays = [], changeHref = changeListEntry }: { row: PositionRowView; scale: ChartScale; topic: StanceTopicValue; gridDays?: string[]; changeHref?: ChangeHref }) {
  const markPlace = (mark: { x: number; level: number }) => `translate(${clamp(mark.x, scale)} ${PAD + STEP / 2 + mark.level * STEP})`;
  const height = rowHeight(row);
  return (
    <svg
      viewBox={`0 0 ${scale.width} ${height}`}
      className="block h-auto w-full overflow-visible"
      role="group"
      aria-label={`${row.speaker.name}: ${row.statements} ${row.statements === 1 ? "statement" : "statements"}, oldest first`}
      data-position-row={row.speaker.slug}
    >
      <g aria-hidden="true" className="stroke-slate-200 dark:stroke-slate-700">
        <line x1={0} x2={scale.width} y1={height - 1} y2={height - 1} strokeWidth="1" />
        {gridDays.length ? <path d={gridDays.map((day) => `M${round(xOfDay(scale, day) - 0.5)} 0v${height}`).join("")} strokeWidth="1" /> : null}
      </g>
      {row.lanes ? <CrowdedMarks row={row} lanes={row.lanes} scale={scale} topic={topic} /> : null}
      {row.changes.map((change) => {
        const x = clamp((xOfDay(scale, change.before.date ?? scale.start) + xOfDay(scale, change.after.date ?? scale.start)) / 2, scale);
        const label = `${row.speaker.name} changed position: ${changeLabel(change)}. Shows both statements.`;
        return (
          <a key={changeAnchor(row.speaker.slug, change)} href={changeHref(row.speaker.slug, change)} aria-label={label} data-testid="change-marker" data-mark="">
            <title>{label}</title>
            {/* What the pointer hits: a transparent stroke as wide as the arrowhead. */}
            <path d={`M${x} 0V${height}`} stroke="transparent" strokeWidth="12" />
            <ChangeGlyph x={x} height={height} />
          </a>
        );
      })}
      {row.lanes ? null : <Marks row={row} topic={topic} markPlace={markPlace} />}
    </svg>
  );
}

/** Each mark drawn and linked on its own: its statement, or the list of the statements it counts. */
function Marks({ row, topic, markPlace }: { row: PositionRowView; topic: StanceTopicValue; markPlace: (mark: { x: number; level: number }) => string }) {
  return (
    <>
      {row.marks.map((mark) => {
        const label = markLabel(row.speaker.name, topic, mark);
        return (
          <a
            key={`${mark.stance}-${mark.firstDay}`}
            href={markHref(row.speaker.slug, topic, mark)}
            aria-label={label}
            data-testid="position-mark"
            data-mark=""
            data-stance={mark.stance}
            data-count={mark.n}
          >
            <title>{label}</title>
            <g transform={markPlace(mark)}>
              <StanceMark stance={mark.stance} count={mark.n} countText={false} />
            </g>
          </a>
        );
      })}
      {/* Counts drawn outside the links: a link's visible text must be part of its name (axe), and "3" is not. */}
      {row.marks
        .filter((mark) => mark.n > 1)
        .map((mark) => (
          <g key={`count-${mark.stance}-${mark.firstDay}`} transform={markPlace(mark)}>
            <MarkCount stance={mark.stance} count={mark.n} />
          </g>
        ))}
    </>
  );
}

/** A crowded row: a lane per stance (in the key's order, coloured like its marks) with the stretches of the
 * period where it was taken, all linked to the row's statements of the period. */
function CrowdedMarks({ row, lanes, scale, topic }: { row: PositionRowView; lanes: StanceLane[]; scale: ChartScale; topic: StanceTopicValue }) {
  return (
    <a href={crowdedRowHref(row.speaker.slug, topic, scale)} aria-label={crowdedRowLabel(row.speaker.name, scale, lanes)} data-testid="crowded-row" data-mark="">
      {lanes.map((lane, i) => {
        const y = PAD + i * (LANE + LANE_GAP);
        const d = lane.stretches.map((s) => `M${round(s.from)} ${y}h${round(s.to - s.from)}v${LANE}h${round(s.from - s.to)}z`).join("");
        return (
          <path key={lane.stance} d={d} className={stanceFill(lane.stance)} data-stance={lane.stance} data-count={lane.n}>
            <title>{laneLabel(lane)}</title>
          </path>
        );
      })}
    </a>
  );
}

const round = (x: number) => Math.round(x * 10) / 10;
