import type { HighlightSegment } from "@/domain/search/highlight";

// What the read functions return: plain, serialisable objects (dates as
// "YYYY-MM-DD" strings), so pages, the JSON API and tests can use them as they are.

export type TopicValue = "troops" | "negotiations" | "membership" | "other";
export type StanceTopicValue = Exclude<TopicValue, "other">;
export type StanceValue = "opposes" | "conditional" | "supports";
export type PrecisionValue = "day" | "month" | "year";
export type DateSourceValue = "stated" | "relative" | "publication";
export type KindValue = "direct" | "indirect";
export type OutletKindValue = "wire" | "newspaper" | "broadcaster" | "online" | "platform";

export interface SpeakerRef {
  slug: string;
  name: string;
}

export interface OutletRef {
  slug: string;
  name: string;
}

export interface StanceView {
  topic: StanceTopicValue;
  value: StanceValue;
  /** The words in the quote that decided the stance. */
  evidence: string;
}

/** A statement as listed: enough for a card, a timeline point or a feed item. */
export interface StatementSummary {
  id: string;
  quote: string;
  kind: KindValue;
  speaker: SpeakerRef | null;
  /** The role the speaker held when speaking, as reported. */
  speakerRole: string | null;
  date: string | null;
  datePrecision: PrecisionValue | null;
  dateSource: DateSourceValue | null;
  topics: TopicValue[];
  stances: StanceView[];
  reportCount: number;
  /** Outlets that published a report, first report first, without repeats. */
  outlets: OutletRef[];
  /** Outlets the reports cite (interviewer, agency relayed), in chain order, without repeats. */
  citedOutlets: OutletRef[];
}

export interface StatementPage {
  items: StatementSummary[];
  /** Exact when `totalIsExact`, else the planner's estimate rounded to 3 figures ("about 12,400"). */
  total: number;
  totalIsExact: boolean;
  page: number;
  pageSize: number;
  /** From `total`, so an estimate too; numbered links stop at MAX_PAGE. */
  pageCount: number;
  /** True when this page was reached by a cursor (`after`) rather than a page number. */
  onCursor: boolean;
  /** Search results are ranked by relevance when few enough match and no order is asked for; else newest or most reported first. */
  order: "newest" | "relevance" | "reports";
  /** Where the next page starts: a cursor, or a page number for ranked results. Null on the last page. */
  next: { after: string } | { page: number } | null;
  /** With a search: each listed quote split into matched and unmatched segments, by statement id. */
  highlights?: Record<string, HighlightSegment[]>;
}

export interface ReportView {
  id: string;
  kind: KindValue;
  quote: string;
  start: number;
  end: number;
  sentence: string;
  paragraph: string;
  /** The chain of outlets as printed, receiving outlet first. */
  outletCited: string | null;
  citedOutlets: OutletRef[];
  venue: string | null;
  quotedFragments: string[];
  article: {
    id: string;
    title: string | null;
    url: string | null;
    publishedAt: string | null;
    publishedPrecision: PrecisionValue | null;
    /** How the publication date was established, in words, and how sure it is (high | medium | low). */
    publishedEvidence: string | null;
    publishedConfidence: string | null;
    /** The file the article was imported from (provenance when there is no URL). */
    sourceFile: string;
    synthetic: boolean;
    outlet: (OutletRef & { kind: OutletKindValue }) | null;
  };
}

export interface SpeakerRoleView {
  title: string;
  startDate: string | null;
  endDate: string | null;
}

export interface StatementDetail extends StatementSummary {
  speakerDetail: (SpeakerRef & { roles: SpeakerRoleView[] }) | null;
  /** The role at the time: as reported, else the role whose dates cover the statement's date. */
  roleAtTime: string | null;
  /** Every report of this remark, first published first. */
  reports: ReportView[];
  neighbours: {
    previous: StatementSummary | null;
    next: StatementSummary | null;
  };
}

export interface TimelinePoint {
  id: string;
  quote: string;
  speaker: SpeakerRef | null;
  date: string | null;
  datePrecision: PrecisionValue | null;
  dateSource: DateSourceValue | null;
  /** The stance on this lane's topic; null when the statement touches the topic without one. */
  stance: StanceValue | null;
  evidence: string | null;
}

/** One month of a lane too crowded to draw statement by statement: counts by stance. */
export interface TimelineMonth {
  /** "YYYY-MM" */
  month: string;
  total: number;
  counts: Record<StanceValue | "none", number>;
}

export interface TimelineLane {
  topic: StanceTopicValue;
  /** Dated statements, oldest first (empty when the timeline is summarised by month). */
  points: TimelinePoint[];
  /** Statements on this topic without any date (empty when summarised). */
  undated: TimelinePoint[];
  /** Statements on this topic, dated and undated, from the maintained tally. */
  datedCount: number;
  undatedCount: number;
  /** Set instead of points when there are too many statements to draw one by one, oldest month first. */
  months: TimelineMonth[] | null;
}

export interface PositionsTimeline {
  speaker: SpeakerRef | null;
  lanes: TimelineLane[];
  /** Earliest and latest dates over all lanes (null when nothing is dated). */
  range: { from: string; to: string } | null;
  /** True when the lanes hold monthly counts instead of points. */
  summarised: boolean;
}

export interface SpeakerListItem extends SpeakerRef {
  statementCount: number;
  latestRole: string | null;
}

export interface SpeakerProfile extends SpeakerRef {
  aliases: string[];
  roles: SpeakerRoleView[];
  statementCount: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface OutletListItem extends OutletRef {
  kind: OutletKindValue;
  /** Statements it published or is cited in (what its filter lists). */
  statementCount: number;
}

export interface TrackerCounts {
  statements: number;
  speakers: number;
  outlets: number;
  articles: number;
  reports: number;
}

/** One value of a facet and how many statements choosing it would list (with the other filters in force). */
export interface FacetCount {
  /** The filter value: a slug, topic, stance, kind, or a year ("2025"). */
  value: string;
  /** Display name for speakers and outlets; the value itself otherwise. */
  label: string;
  count: number;
  /** False for an estimate (shown as "about"). */
  exact: boolean;
}

export interface StatementFacets {
  /** The top speakers and outlets only (the picker page lists them all). */
  speaker: FacetCount[];
  outlet: FacetCount[];
  topic: FacetCount[];
  stance: FacetCount[];
  kind: FacetCount[];
  /** Dated statements per year. */
  year: FacetCount[];
}

/** A statement on one side of a change of position. */
export interface PositionStatement {
  id: string;
  quote: string;
  date: string | null;
  datePrecision: PrecisionValue | null;
  stance: StanceValue;
  evidence: string;
}

/** Two consecutive statements of one speaker on one topic whose stances differ. */
export interface PositionChange {
  speaker: SpeakerRef;
  before: PositionStatement;
  after: PositionStatement;
}

/** Where one speaker stands on a topic now. */
export interface TopicPosition {
  speaker: SpeakerRef;
  stance: StanceValue;
  /** Since when the stance is held: the latest change to it, else the first statement taking it. */
  since: string | null;
  /** How often this speaker's stance on the topic changed (dated statements). */
  changes: number;
  /** Statements of this speaker taking this stance on the topic. */
  supporting: number;
  /** Statements of this speaker on the topic. */
  onTopic: number;
  latest: PositionStatement;
}

export interface OutletArticle {
  id: string;
  title: string | null;
  publishedAt: string | null;
  publishedPrecision: PrecisionValue | null;
  reportCount: number;
}

/** An outlet's page: what it published, what it relayed from whom, and who relayed it. */
export interface OutletProfile extends OutletRef {
  kind: OutletKindValue;
  aliases: string[];
  /** Statements it published or is cited in (its filter on /statements). */
  statementCount: number;
  articleCount: number;
  /** Its newest articles, newest first. */
  articles: OutletArticle[];
  /** Statements from its own newest articles, newest article first. */
  published: StatementSummary[];
  /** Statements whose reports (anyone's) cite it as the outlet that received or relayed the remark, newest first. */
  citedIn: StatementSummary[];
  /** The outlets its own reports cite (the chain behind what it printed), most reports first. */
  cites: OutletLink[];
  /** The outlets whose reports cite it, most reports first; null outlet = a publisher not named. */
  citedBy: OutletLink[];
}

export interface OutletLink {
  outlet: OutletRef | null;
  reports: number;
}

/** Where one statement was printed in an article. */
export interface ArticleStatementSpan {
  reportId: string;
  /** Offsets of the report's wording in the article text (end exclusive). */
  start: number;
  end: number;
  kind: KindValue;
  quote: string;
  /** The statement it is a report of (for the permalink). */
  statement: { id: string; quote: string };
  speaker: SpeakerRef | null;
}

/** A stored article with every extracted statement's place in its text, in text order. */
export interface ArticleView {
  id: string;
  title: string | null;
  url: string | null;
  text: string;
  language: string;
  publishedAt: string | null;
  publishedPrecision: PrecisionValue | null;
  sourceFile: string;
  synthetic: boolean;
  outlet: (OutletRef & { kind: OutletKindValue }) | null;
  statements: ArticleStatementSpan[];
}
