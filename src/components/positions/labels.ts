// Words and links for marks and changes, shared by the chart, the table and the speaker page.
import { dayNumber, isoDayOf, type ChartScale, type PositionStance, type StanceLane } from "@/domain/positions";
import { formatCount, formatDate, formatDateShort, inQuotationMarks, stanceDescription, stanceLabel } from "@/lib/format";
import { positionChangeAnchor, statementsUrl, statementUrl } from "@/lib/urls";
import type { PositionChangeView, PositionMarkView, StanceTopicValue, StatementRefView } from "@/server/queries";

export function positionStanceLabel(stance: PositionStance): string {
  return stance === "neutral" ? "No stance recorded" : stanceLabel(stance);
}

function stanceWords(topic: StanceTopicValue, stance: PositionStance): string {
  return stance === "neutral" ? "No stance recorded" : `${stanceLabel(stance)} (${stanceDescription(topic, stance)})`;
}

/** "5 April 2025", or "1 – 7 March 2025" for a counted mark. */
export function markDates(mark: Pick<PositionMarkView, "firstDay" | "lastDay" | "statement">): string {
  if (mark.statement) return formatDate(mark.statement.date, mark.statement.datePrecision);
  return mark.firstDay === mark.lastDay ? formatDate(mark.firstDay) : `${formatDate(mark.firstDay)} – ${formatDate(mark.lastDay)}`;
}

/** What a mark says to a screen reader and in its tooltip. */
export function markLabel(speaker: string, topic: StanceTopicValue, mark: PositionMarkView): string {
  const when = markDates(mark);
  if (mark.statement) return `${speaker}, ${when}: ${stanceWords(topic, mark.stance)}. ${inQuotationMarks(mark.statement.quote, 120)}`;
  return `${mark.n} statements by ${speaker}, ${when}: ${stanceWords(topic, mark.stance)}. Opens the list.`;
}

/** The statement's permalink, or the list of the statements a counted mark stands for. */
export function markHref(speakerSlug: string, topic: StanceTopicValue, mark: PositionMarkView): string {
  if (mark.statement) return statementUrl(mark.statement);
  return statementsUrl({ speaker: speakerSlug, topic, stance: mark.stance === "neutral" ? undefined : mark.stance, from: mark.firstDay, to: mark.lastDay });
}

function refDate(ref: StatementRefView): string {
  return formatDateShort(ref.date, ref.datePrecision);
}

/** "Opposes → Conditional, between 5 Apr 2025 and 10 Jun 2025" */
export function changeLabel(change: PositionChangeView): string {
  const between = change.before.date === change.after.date ? `on ${refDate(change.after)}` : `between ${refDate(change.before)} and ${refDate(change.after)}`;
  return `${stanceLabel(change.from)} → ${stanceLabel(change.to)}, ${between}`;
}

export function changeAnchor(speakerSlug: string, change: PositionChangeView): string {
  return positionChangeAnchor(speakerSlug, change.before.id, change.after.id);
}

/** A crowded row's statements in the chart's period: what its lanes link to. */
export function crowdedRowHref(speakerSlug: string, topic: StanceTopicValue, scale: ChartScale): string {
  return statementsUrl({ speaker: speakerSlug, topic, from: scale.start, to: isoDayOf(dayNumber(scale.end) - 1) });
}

/** "Mark Rutte, 1 January 2026 – 31 December 2026: Opposes 1,204 statements, … Opens the list." */
export function crowdedRowLabel(speaker: string, scale: ChartScale, lanes: StanceLane[]): string {
  const stances = lanes.map((lane) => `${positionStanceLabel(lane.stance)} ${formatCount(lane.n, "statement")}`).join(", ");
  return `${speaker}, ${formatDate(scale.start)} – ${formatDate(isoDayOf(dayNumber(scale.end) - 1))}: ${stances}. Opens the list.`;
}

/** A lane's tooltip: "Opposes: 1,204 statements". */
export function laneLabel(lane: StanceLane): string {
  return `${positionStanceLabel(lane.stance)}: ${formatCount(lane.n, "statement")}`;
}
