// Rows of the position aggregates that differ from a recount through their source views (0 when the
// triggers are right): PositionDay against PositionDaySource (0006), PositionMonth and PositionChange
// against PositionMonthSource and PositionChangeSource, which derive them from PositionDay (0018), and
// PositionBin against PositionBinSource (0020).
const drift = (table: string, source: string, columns: string) => `
    (SELECT ${columns} FROM "${source}" EXCEPT SELECT ${columns} FROM "${table}")
    UNION ALL
    (SELECT ${columns} FROM "${table}" EXCEPT SELECT ${columns} FROM "${source}")`;

export const POSITION_DRIFT_SQL = `
  SELECT count(*)::int AS n FROM (
    ${drift("PositionDay", "PositionDaySource", `"speakerId", topic, day, stance, n, "firstId", "lastId"`)}
    UNION ALL
    SELECT "speakerId", topic, month, stance, n, "lastId", NULL FROM (${drift("PositionMonth", "PositionMonthSource", `"speakerId", topic, month, stance, n, "firstDay", "lastDay", "lastId"`)}) m
    UNION ALL
    SELECT "speakerId", topic, bin, stance, n, "lastId", NULL FROM (${drift("PositionBin", "PositionBinSource", `"speakerId", topic, bin, stance, n, "firstDay", "lastDay", "lastId"`)}) b
    UNION ALL
    SELECT "speakerId", topic, day, stance, 0, "firstId", "beforeId" FROM (${drift("PositionChange", "PositionChangeSource", `"speakerId", topic, day, "firstAt", "firstId", stance, "fromStance", "beforeId", "beforeDay"`)}) c) d`;
