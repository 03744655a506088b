// The positions chart: a labelled row per speaker (PositionRow), grouped (NATO officials, then others),
// under one date axis whose labels may link to a closer zoom. Arrow keys move between marks (MarkKeyboard).
import { xOfDay, type ChartScale } from "@/domain/positions";
import { speakerUrl } from "@/lib/urls";
import type { PositionRowView, StanceTopicValue } from "@/server/queries";
import { MarkKeyboard } from "./MarkKeyboard";
import { PositionRow, type ChangeHref } from "./PositionRow";

export interface AxisTick {
  day: string;
  label: string;
  /** Where the label leads (a closer zoom); plain text without. */
  href?: string;
  /** Read after the visible label by screen readers (" 2025: zoom to this month"). */
  hiddenSuffix?: string;
}

const GRID = "grid grid-cols-[8.5rem_1fr] items-center gap-x-3 sm:grid-cols-[11rem_1fr]";

function Axis({ ticks, scale }: { ticks: AxisTick[]; scale: ChartScale }) {
  return (
    <div className={GRID}>
      <span className="text-xs font-semibold text-slate-700 dark:text-slate-300">Speaker</span>
      <div className="relative h-6" data-testid="positions-axis">
        {ticks.map((tick) => {
          const left = `${(xOfDay(scale, tick.day) / scale.width) * 100}%`;
          return tick.href ? (
            <a
              key={tick.day}
              href={tick.href}
              className="absolute top-0 -translate-x-[0.35rem] text-xs whitespace-nowrap text-blue-800 underline underline-offset-2 dark:text-blue-300"
              style={{ left }}
            >
              {tick.label}
              {tick.hiddenSuffix ? <span className="sr-only">{tick.hiddenSuffix}</span> : null}
            </a>
          ) : (
            <span key={tick.day} className="absolute top-0 text-xs whitespace-nowrap text-slate-700 dark:text-slate-300" style={{ left }}>
              {tick.label}
            </span>
          );
        })}
      </div>
    </div>
  );
}

export function PositionsChart({
  groups,
  scale,
  topic,
  ticks,
  changeHref,
}: {
  groups: { id: string; title: string; rows: PositionRowView[]; note?: string | null }[];
  scale: ChartScale;
  topic: StanceTopicValue;
  ticks: AxisTick[];
  changeHref?: ChangeHref;
}) {
  const gridDays = ticks.map((t) => t.day);
  return (
    <MarkKeyboard className="overflow-x-auto pb-2">
      <div className="min-w-[40rem] space-y-6" data-testid="positions-chart">
        <Axis ticks={ticks} scale={scale} />
        {groups.map((group) => (
          <section key={group.id} aria-labelledby={`group-${group.id}`} data-testid={`group-${group.id}`}>
            <h2 id={`group-${group.id}`} className="mb-2 text-lg font-bold">
              {group.title}
            </h2>
            {group.rows.length === 0 ? (
              <p className="text-slate-700 dark:text-slate-300">No statements in this period.</p>
            ) : (
              <ul className="divide-y divide-slate-200 dark:divide-slate-700">
                {group.rows.map((row) => (
                  <li key={row.speaker.slug} className={`${GRID} py-1`} data-testid="position-row">
                    <span className="text-sm leading-tight">
                      <a href={speakerUrl(row.speaker.slug)} className="font-semibold text-blue-800 underline-offset-2 hover:underline dark:text-blue-300">
                        {row.speaker.name}
                      </a>
                      <span className="block text-xs text-slate-600 dark:text-slate-400">
                        {row.statements} {row.statements === 1 ? "statement" : "statements"}
                      </span>
                    </span>
                    <PositionRow row={row} scale={scale} topic={topic} gridDays={gridDays} changeHref={changeHref} />
                  </li>
                ))}
              </ul>
            )}
            {group.note ? <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{group.note}</p> : null}
          </section>
        ))}
      </div>
    </MarkKeyboard>
  );
}
