// Positions over time: one lane per topic, each statement a linked marker placed by
// date, its stance shown by shape, word (in the label and list) and colour. Dates
// known only to the month or year span that period. Each lane is an ordered list, so
// screen readers get the points as a chronological list of links; a text list and the
// undated statements follow each lane.
import Link from "next/link";
import { formatDate, formatDateShort, formatNumber, inQuotationMarks, stanceDescription, stanceLabel, topicLabel } from "@/lib/format";
import { statementsUrl, statementUrl } from "@/lib/urls";
import type { PositionsTimeline as Timeline, StanceValue, TimelineLane, TimelineMonth, TimelinePoint } from "@/server/queries/types";
import { StanceIcon } from "./StanceIcon";

const DAY = 86_400_000;
const ROW_HEIGHT = 27;
const MIN_GAP_PERCENT = 3;

function utc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** The span of time a date stands for: one day, its month or its year. */
export function periodOf(point: Pick<TimelinePoint, "date" | "datePrecision">): [number, number] {
  const date = point.date as string;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1;
  if (point.datePrecision === "year") return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (point.datePrecision === "month") return [Date.UTC(y, m, 1), Date.UTC(y, m + 1, 1)];
  const start = utc(date);
  return [start, start + DAY];
}

interface Scale {
  start: number;
  end: number;
  x(time: number): number;
}

function buildScale(lanes: TimelineLane[]): Scale | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const lane of lanes) {
    for (const point of lane.points) {
      const [a, b] = periodOf(point);
      min = Math.min(min, a);
      max = Math.max(max, b);
    }
  }
  if (!Number.isFinite(min)) return null;
  const span = Math.max(max - min, 60 * DAY);
  const start = min - span * 0.04;
  const end = max + span * 0.04;
  return { start, end, x: (time) => ((time - start) / (end - start)) * 100 };
}

/** Axis ticks: years, quarters or months depending on the span. Minor ticks hide on small screens. */
function ticks(scale: Scale): { time: number; label: string; major: boolean }[] {
  const startDate = new Date(scale.start);
  const months = (scale.end - scale.start) / (30 * DAY);
  const step = months > 30 ? 12 : months > 12 ? 3 : 1;
  const result: { time: number; label: string; major: boolean }[] = [];
  let y = startDate.getUTCFullYear();
  let m = startDate.getUTCMonth() + 1;
  if (step === 12) {
    y += 1;
    m = 0;
  } else {
    m = Math.ceil(m / step) * step;
  }
  for (let guard = 0; guard < 200; guard++) {
    const time = Date.UTC(y, m, 1);
    if (time > scale.end) break;
    if (time >= scale.start) {
      const d = new Date(time);
      const iso = d.toISOString().slice(0, 10);
      const withYear = step === 12 || d.getUTCMonth() === 0 || result.length === 0;
      result.push({
        time,
        major: withYear,
        label: step === 12 ? formatDateShort(iso, "year") : withYear ? formatDateShort(iso, "month") : formatDateShort(iso, "month").slice(0, 3),
      });
    }
    m += step;
  }
  return result;
}

/** Centre a tick label on its tick, except near the edges where it would be cut off. */
function tickAlign(x: number): string {
  if (x > 92) return "-translate-x-full";
  if (x < 8) return "translate-x-0";
  return "-translate-x-1/2";
}

function pointLabel(point: TimelinePoint, topic: TimelineLane["topic"]): string {
  const when = formatDate(point.date, point.datePrecision);
  const who = point.speaker?.name ?? "Unattributed";
  const stance = point.stance ? `${stanceLabel(point.stance)} (${stanceDescription(topic, point.stance)})` : "No stance recorded";
  const quote = point.quote.length > 140 ? `${point.quote.slice(0, 137)}…` : point.quote;
  return `${when}, ${who}. ${stance}. “${quote}”`;
}

const BAR_COLOURS: Record<StanceValue | "none", string> = {
  supports: "bg-emerald-600/30",
  conditional: "bg-amber-500/35",
  opposes: "bg-red-600/30",
  none: "bg-slate-400/40",
};

function Lane({
  lane,
  scale,
  showSpeaker,
  headingLevel,
  speaker,
}: {
  lane: TimelineLane;
  scale: Scale | null;
  showSpeaker: boolean;
  headingLevel: 2 | 3;
  speaker: string | null;
}) {
  const headingId = `lane-${lane.topic}-${headingLevel}`;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const SubHeading = headingLevel === 2 ? "h3" : "h4";
  const placed =
    scale === null
      ? []
      : (() => {
          const rowsEnd: number[] = [];
          return lane.points.map((point) => {
            const [a, b] = periodOf(point);
            const x = scale.x((a + b) / 2);
            const barLeft = scale.x(a);
            const barWidth = Math.max(scale.x(b) - barLeft, 0);
            let row = rowsEnd.findIndex((end) => end <= x - MIN_GAP_PERCENT);
            if (row === -1) {
              row = rowsEnd.length;
              rowsEnd.push(x);
            } else {
              rowsEnd[row] = x;
            }
            return { point, x, row, barLeft, barWidth };
          });
        })();
  const rows = Math.max(1, ...placed.map((p) => p.row + 1));
  const height = rows * ROW_HEIGHT + 12;

  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={`lane-${lane.topic}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading id={headingId} className="text-lg font-bold text-slate-950">
          {topicLabel(lane.topic)}
        </Heading>
        <p className="text-sm text-slate-600">
          {formatNumber(lane.datedCount)} dated{lane.undatedCount ? `, ${formatNumber(lane.undatedCount)} undated` : ""}
        </p>
      </div>

      {lane.months ? (
        <MonthBars lane={lane} months={lane.months} speaker={speaker} />
      ) : lane.points.length === 0 ? (
        <p className="mt-3 text-slate-700">No dated statements on this topic{showSpeaker ? "" : " from this speaker"}.</p>
      ) : scale ? (
        <div className="mt-3 overflow-x-auto pb-1">
          <div className="relative min-w-[18rem]">
            <PeriodBars placed={placed} height={height} />
            <ol className="relative border-b-2 border-slate-300" style={{ height }} aria-label={`${topicLabel(lane.topic)}: statements oldest first`}>
              {placed.map(({ point, x, row }) => (
                <li key={point.id} className="absolute" style={{ left: `${x}%`, top: row * ROW_HEIGHT + 6 }}>
                  <Link
                    href={statementUrl(point)}
                    aria-label={pointLabel(point, lane.topic)}
                    className="group relative -ml-3 flex h-6 w-6 items-center justify-center rounded-full bg-white hover:scale-125 focus-visible:scale-125"
                    data-testid="timeline-point"
                    data-stance={point.stance ?? "none"}
                  >
                    <StanceIcon stance={point.stance} className="h-5 w-5" />
                    <span
                      aria-hidden="true"
                      className="pointer-events-none absolute bottom-full left-1/2 z-10 mb-2 hidden w-64 -translate-x-1/2 rounded-md bg-slate-900 p-2 text-left text-xs leading-snug text-white shadow-lg group-hover:block group-focus-visible:block"
                    >
                      <span className="block font-semibold">
                        {formatDateShort(point.date, point.datePrecision)}
                        {showSpeaker && point.speaker ? ` · ${point.speaker.name}` : ""} ·{" "}
                        {point.stance ? stanceLabel(point.stance) : "No stance"}
                      </span>
                      <span className="mt-1 line-clamp-4 block">{inQuotationMarks(point.quote)}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ol>
            <div className="relative h-6" aria-hidden="true">
              {ticks(scale).map((tick) => (
                <span
                  key={tick.time}
                  className={`absolute top-1 text-xs whitespace-nowrap text-slate-600 ${tickAlign(scale.x(tick.time))} ${tick.major ? "" : "hidden sm:block"}`}
                  style={{ left: `${scale.x(tick.time)}%` }}
                >
                  {tick.label}
                </span>
              ))}
            </div>
          </div>
        </div>
      ) : null}

      {lane.points.length > 0 ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-semibold text-blue-800">
            Show as a list ({lane.points.length})
          </summary>
          <PointList points={lane.points} topic={lane.topic} showSpeaker={showSpeaker} />
        </details>
      ) : null}

      {lane.undated.length > 0 ? (
        <div className="mt-3" data-testid={`undated-${lane.topic}`}>
          <SubHeading className="text-sm font-semibold text-slate-800">Undated statements on this topic</SubHeading>
          <PointList points={lane.undated} topic={lane.topic} showSpeaker={showSpeaker} />
        </div>
      ) : null}
    </section>
  );
}

/** The colours of a month's layers (the theme's, so dark mode follows): bg-red-600, bg-amber-500, … */
const STANCE_COLOUR: Record<StanceValue | "none", string> = {
  opposes: "var(--color-red-600)",
  conditional: "var(--color-amber-500)",
  supports: "var(--color-emerald-600)",
  none: "var(--color-slate-400)",
};

function lastDayOf(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** A share as a CSS percentage to a tenth: sixteen digits per bar and layer were a quarter of a summarised timeline's bytes. */
function percent(part: number, whole: number): string {
  return `${Math.round((part / whole) * 1000) / 10}%`;
}

/**
 * A month's stances as hard-edged bands of one gradient, the first at the bottom: one element per month where
 * a span per layer made the summarised timeline ~700 elements heavier to render (decision 0265).
 */
function layers(month: TimelineMonth, order: (StanceValue | "none")[]): string {
  const stops: string[] = [];
  let from = 0;
  for (const k of order) {
    if (month.counts[k] === 0) continue;
    const to = from + month.counts[k];
    stops.push(`${STANCE_COLOUR[k]} ${percent(from, month.total)} ${percent(to, month.total)}`);
    from = to;
  }
  return stops.length ? `linear-gradient(to top,${stops.join(",")})` : "none";
}

/**
 * A crowded lane as one column per month, its height the month's statements and its layers their stances;
 * each column links to that month's statements on the topic.
 */
function MonthBars({ lane, months, speaker }: { lane: TimelineLane; months: TimelineMonth[]; speaker: string | null }) {
  const peak = Math.max(1, ...months.map((m) => m.total));
  const order: (StanceValue | "none")[] = ["opposes", "conditional", "supports", "none"];
  return (
    <div className="mt-3 overflow-x-auto pb-1" data-testid={`months-${lane.topic}`}>
      <ol className="flex h-40 min-w-[18rem] items-end gap-px border-b-2 border-slate-300" aria-label={`${topicLabel(lane.topic)}: statements per month, oldest first`}>
        {months.map((month) => {
          const label = `${formatDateShort(`${month.month}-01`, "month")}: ${formatNumber(month.total)} statements (${order
            .filter((k) => month.counts[k] > 0)
            .map((k) => `${formatNumber(month.counts[k])} ${k === "none" ? "no stance" : stanceLabel(k).toLowerCase()}`)
            .join(", ")})`;
          return (
            <li key={month.month} className="flex h-full min-w-1 flex-1 items-end">
              <a
                href={statementsUrl({ topic: lane.topic, speaker: speaker ?? undefined, from: `${month.month}-01`, to: lastDayOf(month.month) })}
                aria-label={label}
                title={label}
                className="block w-full hover:opacity-80"
                style={{ height: percent(month.total, peak), backgroundImage: layers(month, order) }}
              />
            </li>
          );
        })}
      </ol>
      <p className="mt-1 flex justify-between text-xs text-slate-600" aria-hidden="true">
        <span>{formatDateShort(`${months[0]?.month}-01`, "month")}</span>
        <span>{formatDateShort(`${months.at(-1)?.month}-01`, "month")}</span>
      </p>
    </div>
  );
}

/** Translucent bars behind markers whose date is only known to the month or year. */
function PeriodBars({
  placed,
  height,
}: {
  placed: { point: TimelinePoint; row: number; barLeft: number; barWidth: number }[];
  height: number;
}) {
  const partial = placed.filter((p) => p.point.datePrecision && p.point.datePrecision !== "day");
  if (partial.length === 0) return null;
  return (
    <div className="pointer-events-none absolute inset-x-0 top-0" style={{ height }} aria-hidden="true">
      {partial.map(({ point, row, barLeft, barWidth }) => (
        <span
          key={point.id}
          className={`absolute h-2.5 rounded-full ${BAR_COLOURS[point.stance ?? "none"]}`}
          style={{ left: `${barLeft}%`, width: `${Math.max(barWidth, 0.8)}%`, top: row * ROW_HEIGHT + 6 + 12 - 5 }}
        />
      ))}
    </div>
  );
}

function PointList({ points, topic, showSpeaker }: { points: TimelinePoint[]; topic: TimelineLane["topic"]; showSpeaker: boolean }) {
  return (
    <ol className="mt-2 space-y-2">
      {points.map((point) => (
        <li key={point.id} className="flex gap-2 text-sm">
          <StanceIcon stance={point.stance} className="mt-0.5 h-4 w-4" />
          <span>
            <span className="font-semibold">{point.date ? formatDate(point.date, point.datePrecision) : "Undated"}</span>
            {showSpeaker && point.speaker ? <span> · {point.speaker.name}</span> : null}
            <span> · {point.stance ? stanceLabel(point.stance) : "No stance recorded"}</span>
            {point.evidence ? <span className="text-slate-600"> (“{point.evidence}”)</span> : null}
            <span className="sr-only"> on {topicLabel(topic).toLowerCase()}</span>
            <br />
            <Link href={statementUrl(point)} className="text-blue-800 underline-offset-2 hover:underline">
              {inQuotationMarks(point.quote, 160)}
            </Link>
          </span>
        </li>
      ))}
    </ol>
  );
}

export function TimelineLegend() {
  const items: { stance: StanceValue | null; label: string }[] = [
    { stance: "opposes", label: "Opposes" },
    { stance: "conditional", label: "Conditional" },
    { stance: "supports", label: "Supports" },
    { stance: null, label: "No stance recorded" },
  ];
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-slate-800" data-testid="timeline-legend">
      <span className="font-semibold">Key:</span>
      {items.map((item) => (
        <span key={item.label} className="inline-flex items-center gap-1.5">
          <StanceIcon stance={item.stance} className="h-4 w-4" />
          {item.label}
        </span>
      ))}
      <span className="inline-flex items-center gap-1.5">
        <span className="inline-block h-2.5 w-8 rounded-full bg-slate-400/50" aria-hidden="true" />
        Date known only to the month or year
      </span>
    </div>
  );
}

export function PositionsTimelineView({
  timeline,
  showSpeaker = true,
  headingLevel = 2,
}: {
  timeline: Timeline;
  showSpeaker?: boolean;
  /** 2 on the timeline page; 3 where the timeline sits under a section heading. */
  headingLevel?: 2 | 3;
}) {
  const scale = buildScale(timeline.lanes);
  return (
    <div className="space-y-4">
      {timeline.lanes.map((lane) => (
        <Lane
          key={lane.topic}
          lane={lane}
          scale={scale}
          showSpeaker={showSpeaker}
          headingLevel={headingLevel}
          speaker={timeline.speaker?.slug ?? null}
        />
      ))}
    </div>
  );
}
