// Zoom and pan of the positions view as links (state in the URL, no JavaScript needed): the axis labels,
// the zoom levels and the previous/next period.
import { dayNumber, isoDayOf, periodContaining, periodLabel, shiftPeriod, subPeriods, type Period, type Zoom } from "@/domain/positions";
import { formatDateShort } from "@/lib/format";
import { positionsUrl } from "@/lib/urls";
import type { PositionsFilter } from "@/schemas/positionsFilter";
import type { PositionsView } from "@/server/queries";
import type { AxisTick } from "./PositionsChart";

const MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The same view at another period (keeps topic, speakers, the others toggle and the table view). */
export function periodUrl(filter: PositionsFilter, period: Period): string {
  return positionsUrl({ ...filter, zoom: period.zoom, at: period.key });
}

/** Month labels linking to that month (year and quarter zoom); at month zoom, every 7th day. */
export function axisTicks(view: PositionsView, filter: PositionsFilter): AxisTick[] {
  if (view.period.zoom === "month") {
    const first = dayNumber(view.period.start);
    return [0, 7, 14, 21, 28].map((offset) => isoDayOf(first + offset)).filter((day) => day < view.period.end).map((day) => ({ day, label: formatDateShort(day).replace(/ \d{4}$/, "") }));
  }
  return subPeriods(view.period, "month").map((month) => ({
    day: month.start,
    label: MONTH_ABBREVIATIONS[Number(month.start.slice(5, 7)) - 1],
    href: periodUrl(filter, month),
    hiddenSuffix: ` ${month.start.slice(0, 4)}: zoom to this month`,
  }));
}

/** The day a closer zoom centres on: the latest statement when it is in this period, else its start. */
function focusDay(view: PositionsView): string {
  const latest = view.dataRange?.to;
  return latest && latest >= view.period.start && latest < view.period.end ? latest : view.period.start;
}

export function zoomLinks(view: PositionsView, filter: PositionsFilter): { zoom: Zoom; label: string; href: string; current: boolean }[] {
  const labels: Record<Zoom, string> = { year: "Year", quarter: "Quarter", month: "Month" };
  return (["year", "quarter", "month"] as const).map((zoom) => ({
    zoom,
    label: labels[zoom],
    href: periodUrl(filter, periodContaining(zoom, focusDay(view))),
    current: zoom === view.period.zoom,
  }));
}

/** The previous and next period, when statements lie that way. */
export function panLinks(view: PositionsView, filter: PositionsFilter): { previous: { href: string; label: string } | null; next: { href: string; label: string } | null } {
  const before = shiftPeriod(view.period, -1);
  const after = shiftPeriod(view.period, 1);
  return {
    previous: view.dataRange && view.dataRange.from < view.period.start ? { href: periodUrl(filter, before), label: periodLabel(before) } : null,
    next: view.dataRange && view.dataRange.to >= view.period.end ? { href: periodUrl(filter, after), label: periodLabel(after) } : null,
  };
}
