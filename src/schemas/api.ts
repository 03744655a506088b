// The public JSON API's shapes, as zod schemas: the route handlers' output types are inferred from them
// and /api/openapi.json is generated from them (decision 0060), so the document cannot drift from the code.
// Field names are a contract: add fields, never rename or remove them without a new REPRESENTATION
// (src/server/httpCache.ts) and a note in the README.
import { z } from "zod";
import { statementFilterSchema } from "./statementFilter";

const TOPICS = ["troops", "negotiations", "membership", "other"] as const;
const STANCE_TOPICS = ["troops", "negotiations", "membership"] as const;
const STANCES = ["opposes", "conditional", "supports"] as const;
const PRECISIONS = ["day", "month", "year"] as const;
const DATE_SOURCES = ["stated", "relative", "publication"] as const;
const KINDS = ["direct", "indirect"] as const;
const OUTLET_KINDS = ["wire", "newspaper", "broadcaster", "online", "platform"] as const;

const isoDate = z.iso.date().describe("A calendar date, YYYY-MM-DD (read it with its precision).");
const link = z.url().describe("An absolute address.");

export const Topic = z.enum(TOPICS);
export const Stance = z.enum(STANCES);
export const DatePrecision = z.enum(PRECISIONS).describe("How much of the date is known: day, month (the day is 01) or year (01-01).");
export const DateSource = z
  .enum(DATE_SOURCES)
  .describe("Where the date came from: stated in the text, resolved from a relative phrase, or the publication date.");

export const SpeakerRef = z.object({ slug: z.string(), name: z.string() });
export const OutletRef = z.object({ slug: z.string(), name: z.string() });

export const StanceView = z.object({
  topic: z.enum(STANCE_TOPICS),
  value: Stance,
  evidence: z.string().describe("The words in the quote that decided the stance."),
});

const statementFields = {
  id: z.string().describe("Stable public id (permalinks never change)."),
  quote: z.string(),
  kind: z.enum(KINDS).describe("direct: quoted words; indirect: reported speech."),
  speaker: SpeakerRef.nullable(),
  speakerRole: z.string().nullable().describe("The role the speaker held when speaking, as reported."),
  date: isoDate.nullable(),
  datePrecision: DatePrecision.nullable(),
  dateSource: DateSource.nullable(),
  topics: z.array(Topic),
  stances: z.array(StanceView),
  reportCount: z.int().min(1),
  outlets: z.array(OutletRef).describe("Outlets that published a report, first report first."),
  citedOutlets: z.array(OutletRef).describe("Outlets the reports cite (interviewer, agency relayed)."),
};

export const StatementSummary = z.object({
  ...statementFields,
  url: link.describe("The statement's permalink."),
  api: link.describe("This statement in the API."),
});

export const StatementList = z.object({
  filter: statementFilterSchema
    .extend({ page: z.int().min(1) })
    .describe("The filter as understood (the same parameters as the query, defaults filled in)."),
  total: z.int().min(0),
  totalIsExact: z.boolean().describe("False when total is the planner's estimate (over 1,000 matches)."),
  page: z.int().min(1),
  pageSize: z.int().min(1),
  pageCount: z.int().min(1),
  order: z.enum(["newest", "relevance", "reports"]).describe("Newest first; search results ranked by relevance when 1,000 or fewer match; most reports first with sort=reports."),
  next: link.nullable().describe("The next page (a keyset cursor in newest-first order), null on the last."),
  items: z.array(StatementSummary),
});

export const ArticleRef = z.object({
  id: z.string(),
  title: z.string().nullable(),
  url: z.url().nullable().describe("The publisher's address of the article, when known."),
  publishedAt: isoDate.nullable(),
  publishedPrecision: DatePrecision.nullable(),
  publishedEvidence: z.string().nullable().describe("How the publication date was established, in words."),
  publishedConfidence: z.string().nullable().describe("high, medium or low."),
  sourceFile: z.string().describe("The file the article was imported from."),
  synthetic: z.boolean(),
  outlet: OutletRef.extend({ kind: z.enum(OUTLET_KINDS) }).nullable(),
  api: link.describe("The article in the API (with its text, so offsets can be checked)."),
});

export const Report = z.object({
  id: z.string(),
  kind: z.enum(KINDS),
  quote: z.string().describe("The wording this outlet printed."),
  start: z.int().min(0).describe("Offset of the quote in the article's text (UTF-16 code units, as in JavaScript)."),
  end: z.int().min(0).describe("End offset, exclusive."),
  sentence: z.string(),
  paragraph: z.string(),
  outletCited: z.string().nullable().describe('The chain of outlets as printed, receiving outlet first, joined by "; ".'),
  citedOutlets: z.array(OutletRef).describe("The outlet chain, resolved to known outlets, in order."),
  venue: z.string().nullable(),
  quotedFragments: z.array(z.string()),
  sourceUrl: z.url().nullable().describe("The source address, scrolled to the quote where browsers support text fragments."),
  article: ArticleRef,
});

export const SpeakerRole = z.object({ title: z.string(), startDate: isoDate.nullable(), endDate: isoDate.nullable() });

const Neighbour = StatementSummary.nullable();

export const StatementDetail = z.object({
  ...StatementSummary.shape,
  speakerDetail: SpeakerRef.extend({ roles: z.array(SpeakerRole) }).nullable(),
  roleAtTime: z.string().nullable().describe("As reported, else the role whose dates cover the statement's date."),
  reports: z.array(Report).describe("Every report of this remark, first published first."),
  neighbours: z.object({ previous: Neighbour, next: Neighbour }).describe("The speaker's statements just before and after."),
});

export const SpeakerListItem = z.object({
  slug: z.string(),
  name: z.string(),
  statementCount: z.int().min(0),
  latestRole: z.string().nullable(),
  url: link.describe("The speaker's page."),
  api: link,
  statements: link.describe("The speaker's statements in the API."),
});

export const SpeakerList = z.object({ items: z.array(SpeakerListItem) });

export const CurrentPosition = z.object({
  topic: z.enum(STANCE_TOPICS),
  stance: Stance,
  evidence: z.string(),
  date: isoDate.nullable(),
  datePrecision: DatePrecision.nullable(),
  dateSource: DateSource.nullable(),
  statementId: z.string(),
  statementUrl: link,
  statementApi: link,
});

export const SpeakerDetail = z.object({
  slug: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(SpeakerRole).describe("Offices held, with their dates, oldest first."),
  statementCount: z.int().min(0),
  firstDate: isoDate.nullable(),
  lastDate: isoDate.nullable(),
  positions: z
    .array(CurrentPosition)
    .describe("The current position per topic: the stance of the latest dated statement taking one (undated only when none is dated)."),
  url: link,
  api: link,
  statements: link,
});

export const OutletListItem = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(OUTLET_KINDS),
  statementCount: z.int().min(0).describe("Statements it published or is cited in."),
  statements: link.describe("Its statements in the API."),
});

export const OutletList = z.object({ items: z.array(OutletListItem) });

export const ArticleDetail = z.object({
  ...ArticleRef.omit({ api: true }).shape,
  language: z.string(),
  importedAt: z.iso.datetime(),
  text: z.string().describe("The article as imported; report offsets index into it."),
  api: link,
  statements: z.array(
    z.object({
      id: z.string(),
      quote: z.string(),
      speaker: SpeakerRef.nullable(),
      url: link,
      api: link,
      reports: z.array(z.object({ id: z.string(), quote: z.string(), start: z.int(), end: z.int(), sentence: z.string() })),
    }),
  ),
});

export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  issues: z.array(z.object({ param: z.string(), message: z.string() })).optional().describe("Each bad parameter and why."),
  requestId: z.string().optional(),
});

// ── Exports: one flat record per statement or per report (CSV columns are these keys, in order) ──────────

const exportedStatement = {
  id: z.string(),
  permalink: link,
  quote: z.string(),
  kind: z.enum(KINDS),
  speaker: z.string().nullable().describe("The speaker's slug."),
  speakerName: z.string().nullable(),
  speakerRole: z.string().nullable(),
  date: isoDate.nullable(),
  datePrecision: DatePrecision.nullable(),
  dateSource: DateSource.nullable(),
  topics: z.array(Topic),
  stances: z.array(z.string()).describe('"topic:stance" pairs, e.g. "troops:opposes".'),
};

export const StatementExportRow = z.object({
  ...exportedStatement,
  reportCount: z.int().min(1),
  outlets: z.array(z.string()).describe("Names of the outlets that published it, first report first."),
  firstPublishedAt: isoDate.nullable(),
  sourceUrl: z.url().nullable().describe("The first report's source address (null when the article has none)."),
  sourceFile: z.string().describe("The first report's imported file."),
  articleId: z.string(),
  articleApi: link,
});

export const ReportExportRow = z.object({
  ...exportedStatement,
  statementId: z.string(),
  reportId: z.string(),
  reportKind: z.enum(KINDS),
  reportQuote: z.string(),
  sentence: z.string(),
  start: z.int(),
  end: z.int(),
  outlet: z.string().nullable().describe("The publishing outlet's name."),
  outletChain: z.string().nullable().describe("The outlets cited, as printed."),
  venue: z.string().nullable(),
  publishedAt: isoDate.nullable(),
  publishedPrecision: DatePrecision.nullable(),
  articleTitle: z.string().nullable(),
  sourceUrl: z.url().nullable(),
  sourceFile: z.string(),
  articleId: z.string(),
  articleApi: link,
}).omit({ id: true });

export type StatementListBody = z.output<typeof StatementList>;
export type StatementSummaryBody = z.output<typeof StatementSummary>;
export type StatementDetailBody = z.output<typeof StatementDetail>;
export type SpeakerListBody = z.output<typeof SpeakerList>;
export type SpeakerDetailBody = z.output<typeof SpeakerDetail>;
export type OutletListBody = z.output<typeof OutletList>;
export type ArticleDetailBody = z.output<typeof ArticleDetail>;
export type StatementExportRowBody = z.output<typeof StatementExportRow>;
export type ReportExportRowBody = z.output<typeof ReportExportRow>;

// ── Query parameters beyond the filter (which is statementFilterSchema, shared with the pages) ────────

export const EXPORT_FORMATS = ["json", "csv", "jsonl"] as const;
export const EXPORT_ROWS = ["statements", "reports"] as const;
export const API_MAX_LIMIT = 200;

export const listOptionsSchema = z.object({
  format: z
    .enum(EXPORT_FORMATS, { error: `Format must be one of ${EXPORT_FORMATS.join(", ")}.` })
    .default("json")
    .describe("json: one page; csv or jsonl: the whole filtered view as a streamed download (page is ignored)."),
  rows: z
    .enum(EXPORT_ROWS, { error: `Rows must be one of ${EXPORT_ROWS.join(", ")}.` })
    .default("statements")
    .describe("For csv and jsonl: one row per statement, or one per report (each outlet's wording)."),
  limit: z
    .string()
    .regex(/^\d+$/, { error: "Limit must be a whole number." })
    .transform(Number)
    .pipe(z.number().min(1, { error: "Limit must be 1 or more." }).max(API_MAX_LIMIT, { error: `Limit can be at most ${API_MAX_LIMIT}.` }))
    .optional()
    .describe(`Statements per page, 1 to ${API_MAX_LIMIT} (default 20).`),
});

export type ListOptions = z.output<typeof listOptionsSchema>;
export type ExportFormat = Exclude<ListOptions["format"], "json">;
export type ExportRows = ListOptions["rows"];
