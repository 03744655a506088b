// PositionDay rows that differ from a recount through the PositionDaySource view (0 when the triggers are right).
export const POSITION_DRIFT_SQL = `
  SELECT count(*)::int AS n FROM (
    (SELECT "speakerId", topic, day, stance, n, "firstId", "lastId" FROM "PositionDaySource"
     EXCEPT SELECT "speakerId", topic, day, stance, n, "firstId", "lastId" FROM "PositionDay")
    UNION ALL
    (SELECT "speakerId", topic, day, stance, n, "firstId", "lastId" FROM "PositionDay"
     EXCEPT SELECT "speakerId", topic, day, stance, n, "firstId", "lastId" FROM "PositionDaySource")) d`;
