// Every read the app makes. Routes import from here, never from Prisma. Each read is cached on the
// data version (./cache.ts): the same call at the same version is answered from memory.
import { cachedRead } from "./cache";
import { trackerCounts as countsUncached } from "./counts";
import { getStatement as getStatementUncached } from "./getStatement";
import { latestStatements as latestUncached, listStatements as listUncached } from "./listStatements";
import { listOutlets as outletsUncached } from "./outlets";
import { findRetiredStatement as retiredUncached } from "./retiredStatement";
import { getSpeaker as getSpeakerUncached, listSpeakers as speakersUncached } from "./speakers";
import { positionsView as positionsViewUncached, speakerPositions as speakerPositionsUncached } from "./positions";
import { positionsTimeline as positionsUncached, speakerTimeline as speakerTimelineUncached } from "./timeline";

export const listStatements = cachedRead("listStatements", listUncached);
export const latestStatements = cachedRead("latestStatements", latestUncached);
export const getStatement = cachedRead("getStatement", getStatementUncached);
export const findRetiredStatement = cachedRead("findRetiredStatement", retiredUncached);
export const positionsTimeline = cachedRead("positionsTimeline", positionsUncached);
export const speakerTimeline = cachedRead("speakerTimeline", speakerTimelineUncached);
export const positionsView = cachedRead("positionsView", positionsViewUncached);
export const speakerPositions = cachedRead("speakerPositions", speakerPositionsUncached);
export const getSpeaker = cachedRead("getSpeaker", getSpeakerUncached);
export const listSpeakers = cachedRead("listSpeakers", speakersUncached);
export const listOutlets = cachedRead("listOutlets", outletsUncached);
export const trackerCounts = cachedRead("trackerCounts", countsUncached);
export { TIMELINE_TOPICS } from "./timeline";
export { readDataVersion, type DataVersion } from "./dataVersion";
export type * from "./types";
export type * from "./positionTypes";
export { CHART_WIDTH, MARK_SIZE, MAX_ROWS } from "./positions";
export { statementEditorial, listCorrections, problemFormToken } from "./editorial";
export { reviewQueue, openProblemReports, statementForReview } from "./reviewQueue";
