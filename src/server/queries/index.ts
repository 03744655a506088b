// Every read the app makes. Routes import from here, never from Prisma.
export { listStatements, latestStatements } from "./listStatements";
export { getStatement } from "./getStatement";
export { findRetiredStatement } from "./retiredStatement";
export { positionsTimeline, speakerTimeline, TIMELINE_TOPICS } from "./timeline";
export { getSpeaker, listSpeakers } from "./speakers";
export { listOutlets } from "./outlets";
export { trackerCounts } from "./counts";
export type * from "./types";
export { statementEditorial, listCorrections, problemFormToken } from "./editorial";
export { reviewQueue, openProblemReports, statementForReview } from "./reviewQueue";
