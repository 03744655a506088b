// What the positions reads return (issue #11): plain, serialisable objects, dates as "YYYY-MM-DD".
import type { ChartScale, CurrentPosition, Period, PositionStance, StanceLane, TakenStance } from "@/domain/positions";
import type { PrecisionValue, SpeakerRef, SpeakerRoleView, StanceTopicValue } from "./types";

export interface StatementRefView {
  id: string;
  quote: string;
  date: string | null;
  datePrecision: PrecisionValue | null;
  /** The words that decided the stance on the topic (StatementStance.evidence); null without a stance. */
  evidence: string | null;
}

export interface PositionMarkView {
  stance: PositionStance;
  firstDay: string;
  lastDay: string;
  n: number;
  x: number;
  level: number;
  /** The statement itself when the mark stands for one (n = 1). */
  statement: StatementRefView | null;
}

export interface PositionChangeView {
  from: TakenStance;
  to: TakenStance;
  before: StatementRefView;
  after: StatementRefView;
}

export interface PositionRowView {
  speaker: SpeakerRef & { nato: boolean };
  /** Each mark, drawn and linked on its own; empty when the row is drawn as `lanes`. */
  marks: PositionMarkView[];
  /**
   * A crowded row (more marks than fit across it, decision 0131): a lane per stance, computed in the read
   * so that neither the cached result nor the render carries thousands of marks (decision 0305); null
   * for a row drawn mark by mark, and in the table view, which lists every mark.
   */
  lanes: StanceLane[] | null;
  /** The latest changes whose later statement falls inside the chart (at most MAX_ROW_CHANGES), oldest first. */
  changes: PositionChangeView[];
  /** How many changes fall inside the chart in all. */
  changeCount: number;
  /** Statements placed in this row. */
  statements: number;
}

export interface PositionsView {
  topic: StanceTopicValue;
  period: Period;
  scale: ChartScale;
  /** First and last day with a statement on the topic (of the compared speakers, when given). */
  dataRange: { from: string; to: string } | null;
  nato: PositionRowView[];
  others: PositionRowView[];
  othersHidden: boolean;
  /** The page of rows shown (MAX_ROWS per group, the most statements first). */
  page: number;
  /** Rows of each group on later pages. */
  notShown: { nato: number; others: number };
  /** Rows of each group on earlier pages. */
  shownBefore: { nato: number; others: number };
  compared: SpeakerRef[];
  unknownSpeakers: string[];
}

export interface SpeakerTopicPosition {
  topic: StanceTopicValue;
  scale: ChartScale | null;
  row: PositionRowView | null;
  current: (CurrentPosition & { latest: StatementRefView }) | null;
  /** The latest changes on the topic (at most MAX_SPEAKER_CHANGES), oldest first. */
  changes: PositionChangeView[];
  /** Every change on the topic. */
  changeCount: number;
}

export interface SpeakerPositions {
  speaker: SpeakerRef & { roles: SpeakerRoleView[] };
  topics: SpeakerTopicPosition[];
}
