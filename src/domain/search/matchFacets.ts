// Facet counts of a search, tallied from the statements the search matched (all of them, or a sample).
// Each facet counts its values with the OTHER filters in force, exactly as the list would filter them:
// one read of the matches answers every facet, instead of one count query per facet value.

/** What a facet needs to know of one matched statement. */
export interface MatchedStatement {
  speakerId: string | null;
  outletIds: string[];
  kind: string;
  topics: string[];
  stances: { topic: string; value: string }[];
  /** YYYY-MM-DD, null when undated. */
  date: string | null;
  reviewed: boolean;
}

/** The narrowing filters besides the search itself, with speaker and outlet as ids. */
export interface MatchFilter {
  speakerId?: string;
  outletId?: string;
  kind?: string;
  topic?: string;
  stance?: string;
  from?: string;
  to?: string;
  reviewed?: boolean;
}

export type MatchDimension = "speaker" | "outlet" | "topic" | "stance" | "kind" | "year";

export interface ValueCount {
  value: string;
  count: number;
}

/** Mirrors the list's SQL conditions (filterConditions): a stance on a chosen topic must be on that topic. */
export function passes(row: MatchedStatement, filter: MatchFilter): boolean {
  if (filter.speakerId !== undefined && row.speakerId !== filter.speakerId) return false;
  if (filter.outletId !== undefined && !row.outletIds.includes(filter.outletId)) return false;
  if (filter.kind !== undefined && row.kind !== filter.kind) return false;
  if (filter.topic !== undefined && !row.topics.includes(filter.topic)) return false;
  if (filter.stance !== undefined) {
    const onTopic = filter.topic !== undefined && filter.topic !== "other" ? filter.topic : undefined;
    if (!row.stances.some((s) => s.value === filter.stance && (onTopic === undefined || s.topic === onTopic))) return false;
  }
  // Undated statements fall in no date range.
  if (filter.from !== undefined && (row.date === null || row.date < filter.from)) return false;
  if (filter.to !== undefined && (row.date === null || row.date > filter.to)) return false;
  if (filter.reviewed && !row.reviewed) return false;
  return true;
}

const withoutKeys = (filter: MatchFilter, ...keys: (keyof MatchFilter)[]): MatchFilter => {
  const copy = { ...filter };
  for (const key of keys) delete copy[key];
  return copy;
};

const countWhere = (rows: MatchedStatement[], filter: MatchFilter) => rows.reduce((n, row) => n + (passes(row, filter) ? 1 : 0), 0);

/** Each listed value with how many rows it would list together with the other filters. */
export function countListedValues(
  rows: MatchedStatement[],
  filter: MatchFilter,
  dimension: "topic" | "stance" | "kind" | "year",
  values: readonly string[],
): ValueCount[] {
  return values.map((value) => {
    let narrowed: MatchFilter;
    if (dimension === "year") narrowed = { ...withoutKeys(filter, "from", "to"), from: `${value}-01-01`, to: `${value}-12-31` };
    // "other" carries no stance: its link drops the stance filter, and so does its count.
    else if (dimension === "topic" && value === "other") narrowed = { ...withoutKeys(filter, "stance"), topic: value };
    else narrowed = { ...filter, [dimension]: value };
    return { value, count: countWhere(rows, narrowed) };
  });
}

/** Speakers or outlets of the rows the other filters let through, most first (ties by id; names sort later). */
export function countGroups(rows: MatchedStatement[], filter: MatchFilter, by: "speaker" | "outlet"): ValueCount[] {
  const others = withoutKeys(filter, by === "speaker" ? "speakerId" : "outletId");
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (!passes(row, others)) continue;
    const keys = by === "speaker" ? (row.speakerId === null ? [] : [row.speakerId]) : row.outletIds;
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
