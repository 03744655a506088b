// Every read the app makes. Routes import from here, never from Prisma. Each read is cached on the
// data version (./cache.ts): the same call at the same version is answered from memory.
import { getArticleRecord as articleUncached } from "./articleRecord";
import { cachedRead } from "./cache";
import { currentPositions as positionsNowUncached } from "./currentPositions";
import { trackerCounts as countsUncached } from "./counts";
import { getFeedEntry as feedEntryUncached, listFeedEntries as feedEntriesUncached } from "./feedEntries";
import { filterNames as filterNamesUncached } from "./filterNames";
import { getStatement as getStatementUncached } from "./getStatement";
import { latestStatements as latestUncached, listStatements as listUncached } from "./listStatements";
import { getArticle as getArticleUncached } from "./articles";
import {
  countsWithoutEachFilter as dropCountsUncached,
  facetValues as facetValuesUncached,
  statementFacets as facetsUncached,
} from "./facets";
import { getOutlet as getOutletUncached, listOutlets as outletsUncached } from "./outlets";
import { topicChanges as topicChangesUncached, topicPositions as topicPositionsUncached } from "./topics";
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
export const filterNames = cachedRead("filterNames", filterNamesUncached);
export const trackerCounts = cachedRead("trackerCounts", countsUncached);
export const statementFacets = cachedRead("statementFacets", facetsUncached);
export const facetValues = cachedRead("facetValues", facetValuesUncached);
export const countsWithoutEachFilter = cachedRead("countsWithoutEachFilter", dropCountsUncached);
export const topicPositions = cachedRead("topicPositions", topicPositionsUncached);
export const topicChanges = cachedRead("topicChanges", topicChangesUncached);
export const getOutlet = cachedRead("getOutlet", getOutletUncached);
export const getArticle = cachedRead("getArticle", getArticleUncached);
export { TIMELINE_TOPICS } from "./timeline";
export { readDataVersion, type DataVersion } from "./dataVersion";
export type * from "./types";
export type * from "./positionTypes";
export { CHART_WIDTH, MARK_SIZE, MAX_ROWS } from "./positions";
export { statementEditorial, listCorrections, problemFormToken } from "./editorial";
export { reviewQueue, openProblemReports, statementForReview } from "./reviewQueue";
export const currentPositions = cachedRead("currentPositions", positionsNowUncached);
export const getArticleRecord = cachedRead("getArticleRecord", articleUncached);
export type { ArticleRecord } from "./articleRecord";
export type { CurrentPositionView } from "./currentPositions";
export { loadExportBatch, type ExportBatch, type ExportReport } from "./exportBatch";
export { statementIdBatch } from "./listStatements";
export const listFeedEntries = cachedRead("listFeedEntries", feedEntriesUncached);
export const getFeedEntry = cachedRead("getFeedEntry", feedEntryUncached);
export { FEED_SIZE, type FeedEntry, type SourceReport } from "./feedEntries";
export { sitemapEntries, sitemapSize, type SitemapEntry } from "./sitemap";
