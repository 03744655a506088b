// Writes one article and its statements in one transaction: outlets,
// speakers, the article, then each report, attached to an existing statement
// when it prints the same remark (src/domain/cluster) or to a new one.
import { createHash, randomFillSync } from "node:crypto";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { matchReports, type RemarkReport } from "@/domain/cluster/sameRemark";
import { statementId } from "@/domain/cluster/statementId";
import type { ExtractedStatement } from "@/domain/extract/types";
import { EXTRACTOR_VERSION } from "@/domain/extract/version";
import { findKnownOutlet } from "@/domain/outlets/gazetteer";
import { describePerson } from "@/domain/people/describe";
import { slugify } from "@/domain/text";
import type { ArticleMetadata } from "@/schemas/articleManifest";
import type pg from "pg";
import { loadCandidates, type QuoteLexemes } from "./clusterCandidates";
import { inSqlTransaction, type CommittingSqlTx, type SqlTx } from "./sqlTransaction";

/** A transaction of either kind: Prisma's, or `pg`'s for file imports (./sqlTransaction.ts). */
type Tx = SqlTx;

export interface WriteResult {
  status: "added" | "unchanged";
  articleId: string;
  statementsAdded: number;
  reportsAdded: number;
}

export function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function toDate(value: string | null): Date | null {
  if (!value) return null;
  const full = value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
  return new Date(`${full}T00:00:00Z`);
}

export async function writeArticle(
  db: PrismaClient,
  input: {
    text: string;
    sourceFile: string;
    meta: ArticleMetadata;
    statements: ExtractedStatement[];
    /** Runs in the same transaction once the article is written (the browser import records editors' edits here). */
    afterWrite?: (tx: Prisma.TransactionClient, articleId: string) => Promise<void>;
    /**
     * Commit without waiting for the WAL flush (decision 0135): still atomic, but a server crash may
     * lose the last fraction of a second of articles. Only for file imports, which can simply be run
     * again (an article already stored is "unchanged"); never for an editor's work.
     */
    asyncCommit?: boolean;
    /** The quotes' lexemes, read before the transaction (file imports); read in it otherwise. */
    lexemes?: QuoteLexemes;
    /**
     * File imports: the same transaction on a `pg` connection of this pool, without the ORM's cost per
     * query (decision 0255). Not with `afterWrite`, whose work is Prisma's.
     */
    pool?: pg.Pool;
  },
): Promise<WriteResult> {
  const hash = contentHash(input.text);
  const write = async (tx: Tx | CommittingSqlTx): Promise<WriteResult> => {
    // The import lock, the look-up of the same content, then the article's outlet first (its kind wins for
    // a new outlet), those its reports cite and the speakers: one query for all of it (scale, decisions 0390
    // and 0490: a round trip fewer an article each). A stored article leaves nothing written.
    const outlet = input.meta.outlet;
    const found = await lockAndEnsureOutletsAndSpeakers(
      tx,
      { hash, asyncCommit: input.asyncCommit === true },
      [...(outlet ? [{ name: outlet.name, kind: outlet.kind }] : []), ...citedOutlets(input.statements)],
      speakersOf(input.statements),
    );
    if ("existing" in found) return { status: "unchanged", articleId: found.existing, statementsAdded: 0, reportsAdded: 0 };
    const { outletIds, speakerIds } = found;
    // The article's row goes with its reports' (scale, decision 0445: one round trip fewer); a `pg`
    // transaction's COMMIT with them too, when nothing (an editor's `afterWrite`) follows.
    const article = articleInsert({ ...input, hash, outletId: outlet ? outletIds.get(outlet.name)! : null });
    const last = "$executeRawAndCommit" in tx ? (query: Prisma.Sql) => tx.$executeRawAndCommit(query) : undefined;
    const counts = await writeStatements(tx, article.id, input.statements, input.lexemes, outletIds, speakerIds, { article: article.insert, last });
    return { status: "added", articleId: article.id, ...counts };
  };
  if (input.pool && !input.afterWrite) return inSqlTransaction(input.pool, write);
  return db.$transaction(
    async (tx) => {
      const written = await write(tx);
      if (written.status === "added") await input.afterWrite?.(tx, written.articleId);
      return written;
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

/**
 * What takes the import lock (one import at a time: clustering reads what earlier imports wrote) and finds
 * an article with the same content, as the first part of `insertMissing`'s query: its rows are inserted
 * only once the lock is held, and only when no such article is stored.
 */
type ImportLock = { hash: string; asyncCommit: boolean };

function lockAndFindSql({ hash, asyncCommit }: ImportLock): Prisma.Sql {
  const commit = asyncCommit ? Prisma.sql`, set_config('synchronous_commit', 'off', true) AS async_commit` : Prisma.empty;
  return Prisma.sql`SELECT pg_advisory_xact_lock(hashtext('nato-tracker-import'))::text AS locked${commit},
      (SELECT a.id FROM "Article" a WHERE a."contentHash" = ${hash}) AS existing`;
}

/**
 * What an article's transaction reads first, read on the transactions' connection while the extraction
 * worker starts (scale, decision 0410): a server process started for the run has then loaded these tables'
 * descriptions and plans and their indexes' upper pages before the first article needs them, instead of
 * during its transaction (~100 ms of a first write under load). Read-only, nothing found.
 */
export async function warmWritePath(tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT
    (SELECT count(*) FROM "Article" a WHERE a."contentHash" = '') AS articles,
    (SELECT count(*) FROM "Outlet" o WHERE o.slug = ANY('{}'::text[])) AS outlets,
    (SELECT count(*) FROM "Speaker" s JOIN "SpeakerRole" r ON r."speakerId" = s.id WHERE s.slug = ANY('{}'::text[])) AS speakers,
    (SELECT count(*) FROM "Statement" s WHERE s.id = '') AS statements,
    (SELECT count(*) FROM "Statement" s WHERE s."speakerId" = '' AND s.date = '2000-01-01' AND octet_length(s."searchVector"::text) <= 1200) AS window_rows,
    (SELECT count(*) FROM statements_sharing_lexemes('nato-tracker-warm-up'::tsquery)) AS sharing,
    (SELECT count(*) FROM "StatementPrinting" p WHERE p."statementId" = '') AS printings,
    (SELECT count(*) FROM "StatementOutlet" so WHERE so."outletId" = '' OR so."statementId" = '') AS outlet_rows,
    (SELECT count(*) FROM "Report" r WHERE r.id = '' OR r."statementId" = '') AS reports,
    (SELECT count(*) FROM "StatementReportCount" c WHERE c."statementId" = '') AS report_counts`;
}

/** The article row's insert and its id; a raw INSERT spares the ORM's work on the whole text. */
function articleInsert(input: { text: string; sourceFile: string; meta: ArticleMetadata; hash: string; outletId: string | null }): { id: string; insert: Prisma.Sql } {
  const { meta } = input;
  const id = rowId();
  const insert = Prisma.sql`
    INSERT INTO "Article" (id, "outletId", url, title, "publishedAt", "publishedPrecision", "publishedEvidence", "publishedConfidence",
      language, text, "contentHash", "sourceFile", synthetic, "extractorVersion")
    VALUES (${id}, ${input.outletId}, ${meta.url ?? null}, ${meta.title ?? null}, ${toDate(meta.publishedAt)?.toISOString().slice(0, 10) ?? null}::date,
      ${meta.publishedPrecision ?? null}::"DatePrecision", ${meta.publishedEvidence ?? null}, ${meta.publishedConfidence ?? null},
      ${meta.language}, ${input.text}, ${input.hash}, ${input.sourceFile}, ${meta.synthetic}, ${EXTRACTOR_VERSION})`;
  return { id, insert };
}

/**
 * What a new article's writer gives `writeStatements` (decision 0445): the article's own insert, sent with
 * its reports' (or alone when it has none), and how to send that statement when it ends the transaction.
 */
export interface ArticleWrite {
  article: Prisma.Sql;
  last?: (query: Prisma.Sql) => PromiseLike<number>;
}

/**
 * The article's statements: each report joins a stored statement printing the same remark, or a new one.
 * `outlets` (by name) and `speakers` (by slug) already hold every outlet the reports cite and every speaker
 * when the caller wrote them (writeArticle).
 */
export async function writeStatements(
  tx: Tx,
  articleId: string,
  statements: ExtractedStatement[],
  lexemes?: QuoteLexemes,
  outlets?: Map<string, string>,
  speakers?: Map<string, string>,
  newArticle?: ArticleWrite,
): Promise<{ statementsAdded: number; reportsAdded: number }> {
  if (!statements.length) {
    if (newArticle) await (newArticle.last ?? ((query) => tx.$executeRaw(query)))(newArticle.article);
    return { statementsAdded: 0, reportsAdded: 0 };
  }
  // Scale (decision 0095): a fixed number of round trips per article, whatever its length — one
  // multi-row statement per table instead of one query (or three) per statement and report.
  const speakerIds = speakers ?? (await ensureSpeakers(tx, speakersOf(statements)));
  const outletIds = outlets ?? (await ensureOutlets(tx, citedOutlets(statements)));
  const candidates = await loadCandidates(tx, statements, { speakers: speakerIds, outlets: outletIds }, lexemes);
  const matches = matchReports(statements.map(asRemark), candidates.map((c) => c.printings));
  const fresh = statements.filter((_, index) => matches[index] < 0);
  const newIds = await assignStatementIds(tx, fresh);
  await insertStatements(tx, fresh, newIds, speakerIds);
  let nextNew = 0;
  const statementIds = statements.map((_, index) => (matches[index] >= 0 ? candidates[matches[index]].id : newIds[nextNew++].id));
  await insertReports(tx, articleId, statements, statementIds, outletIds, newArticle);
  return { statementsAdded: fresh.length, reportsAdded: statements.length };
}

/** Every speaker the statements name, with the role printed beside the name. */
const speakersOf = (statements: ExtractedStatement[]): Person[] =>
  statements.flatMap((s) => (s.speaker ? [{ name: s.speaker, printedRole: s.speakerRole }] : []));

const citedChain = (s: ExtractedStatement): string[] => (s.outletCited ? s.outletCited.split("; ").filter(Boolean) : []);

/** Every outlet the statements cite, with the kind a new one gets. */
const citedOutlets = (statements: ExtractedStatement[]): { name: string; kind: OutletKind }[] =>
  statements.flatMap((s) => citedChain(s).map((name) => ({ name, kind: findKnownOutlet(name)?.kind ?? "online" })));

/**
 * Ids for rows without a content-derived one, in the shape of Prisma's cuid(): time first, then 64 random
 * bits. The randomness is drawn 4 KiB at a time: a draw per id was ~0.5 ms of an article (decision 0300).
 */
function rowId(): string {
  if (entropyAt + 8 > entropy.length) {
    randomFillSync(entropy);
    entropyAt = 0;
  }
  entropyAt += 8;
  return `c${Date.now().toString(36)}${entropy.toString("hex", entropyAt - 8, entropyAt)}`;
}
const entropy = Buffer.alloc(4096);
let entropyAt = entropy.length;

let lastCreatedAt = 0;
/** Distinct, increasing creation times: statements of one article keep their order among same-day ones. */
function nextCreatedAt(): Date {
  lastCreatedAt = Math.max(Date.now(), lastCreatedAt + 1);
  return new Date(lastCreatedAt);
}

function asRemark(s: ExtractedStatement): RemarkReport {
  return {
    speaker: s.speaker,
    quote: s.quote,
    kind: s.kind,
    date: s.date ? toDate(s.date)!.toISOString().slice(0, 10) : null,
    datePrecision: s.datePrecision,
    receivingOutlet: s.outletCited?.split("; ")[0] ?? null,
    venue: s.venue,
    topics: s.topics,
  };
}

/** Salted ids looked up in one query for every new statement; beyond them, per statement in growing batches. */
const SALTS_AT_ONCE = 4;

/**
 * The id of each new statement: derived from speaker and wording; the same words by the same speaker on
 * another occasion get a salted id. A statement left without reports (a re-extraction removed them) is
 * the same remark found again: its id and creation time are reused.
 */
async function assignStatementIds(tx: Tx, fresh: ExtractedStatement[]): Promise<{ id: string; createdAt: Date }[]> {
  if (!fresh.length) return []; // every report joined a stored statement: no query
  const idsOf = (s: ExtractedStatement, from: number, count: number) =>
    Array.from({ length: count }, (_, k) => (from + k === 0 ? statementId(s.speaker, s.quote) : statementId(s.speaker, s.quote, `${s.date ?? ""}#${from + k}`)));
  const taken = await takenIds(tx, fresh.flatMap((s) => idsOf(s, 0, SALTS_AT_ONCE)));
  const emptied: string[] = [];
  const assigned: { id: string; createdAt: Date }[] = [];
  for (const s of fresh) {
    let chosen: { id: string; createdAt: Date } | null = null;
    // Each further look-up asks for four times as many: a remark repeated n times costs log(n) queries, not n/4.
    for (let from = 0, count = SALTS_AT_ONCE; !chosen; from += count, count *= 4) {
      const ids = idsOf(s, from, count);
      if (from > 0) for (const [id, row] of await takenIds(tx, ids)) if (!taken.has(id)) taken.set(id, row);
      for (const id of ids) {
        const row = taken.get(id);
        if (row?.reported) continue;
        if (row) emptied.push(id); // keeps its place among the speaker's same-day statements
        chosen = { id, createdAt: row?.createdAt ?? nextCreatedAt() };
        taken.set(id, { createdAt: chosen.createdAt, reported: true });
        break;
      }
    }
    assigned.push(chosen);
  }
  if (emptied.length) await tx.$executeRaw`DELETE FROM "Statement" WHERE id = ANY(${emptied}::text[])`;
  return assigned;
}

async function takenIds(tx: Tx, ids: string[]): Promise<Map<string, { createdAt: Date; reported: boolean }>> {
  const rows = await tx.$queryRaw<{ id: string; createdAt: Date; reported: boolean }[]>`
    SELECT s.id, s."createdAt", EXISTS (SELECT 1 FROM "Report" r WHERE r."statementId" = s.id) AS reported
    FROM "Statement" s WHERE s.id = ANY(${ids}::text[])`;
  return new Map(rows.map((r) => [r.id, { createdAt: r.createdAt, reported: r.reported }]));
}

const json = (rows: unknown[]) => JSON.stringify(rows);

async function insertStatements(tx: Tx, fresh: ExtractedStatement[], ids: { id: string; createdAt: Date }[], speakerIds: Map<string, string>): Promise<void> {
  if (!fresh.length) return;
  const rows = fresh.map((s, k) => ({
    id: ids[k].id,
    createdAt: ids[k].createdAt.toISOString(),
    speakerId: s.speaker ? speakerIds.get(slugify(s.speaker)) : null,
    speakerRole: s.speakerRole,
    kind: s.kind,
    quote: s.quote,
    date: toDate(s.date)?.toISOString().slice(0, 10) ?? null,
    datePrecision: s.datePrecision,
    dateSource: s.dateSource,
    topics: s.topics,
  }));
  await tx.$executeRaw`
    INSERT INTO "Statement" (id, "createdAt", "speakerId", "speakerRole", kind, quote, date, "datePrecision", "dateSource", topics)
    SELECT id, "createdAt", "speakerId", "speakerRole", kind::"StatementKind", quote, date, "datePrecision"::"DatePrecision", "dateSource"::"DateSource", topics::"Topic"[]
    FROM jsonb_to_recordset(${json(rows)}::jsonb) AS x(id text, "createdAt" timestamp(3), "speakerId" text, "speakerRole" text, kind text, quote text,
      date date, "datePrecision" text, "dateSource" text, topics text[])`;
  const stances = fresh.flatMap((s, k) => Object.entries(s.stance).map(([topic, finding]) => ({ statementId: ids[k].id, topic, value: finding!.value, evidence: finding!.evidence })));
  if (stances.length) {
    await tx.$executeRaw`
      INSERT INTO "StatementStance" ("statementId", topic, value, evidence)
      SELECT "statementId", topic::"Topic", value::"Stance", evidence FROM jsonb_to_recordset(${json(stances)}::jsonb) AS x("statementId" text, topic text, value text, evidence text)`;
  }
}

async function insertReports(tx: Tx, articleId: string, statements: ExtractedStatement[], statementIds: string[], outletIds: Map<string, string>, newArticle?: ArticleWrite): Promise<void> {
  const reports = statements.map((s, k) => ({
    id: rowId(),
    statementId: statementIds[k],
    kind: s.kind,
    quote: s.quote,
    start: s.start,
    end: s.end,
    sentence: s.sentence ?? s.quote,
    paragraph: s.paragraph ?? s.quote,
    outletCited: s.outletCited,
    venue: s.venue,
    quotedFragments: s.quotedFragments,
  }));
  const citations = statements.flatMap((s, k) => citedChain(s).map((name, position) => ({ reportId: reports[k].id, outletId: outletIds.get(name), position })));
  // One round trip: the citations' insert follows the reports' in the same SQL statement, and a new article's
  // row comes first in it (decision 0445). Each table's statement-level triggers still see exactly its own new
  // rows (decision 0170), once the statement is done; the foreign keys are checked then too.
  const article = newArticle ? Prisma.sql`new_article AS (${newArticle.article}), ` : Prisma.empty;
  await (newArticle?.last ?? ((query) => tx.$executeRaw(query)))(Prisma.sql`
    WITH ${article}new_reports AS (
      INSERT INTO "Report" (id, "statementId", "articleId", kind, quote, start, "end", sentence, paragraph, "outletCited", venue, "quotedFragments")
      SELECT id, "statementId", ${articleId}, kind::"StatementKind", quote, start, "end", sentence, paragraph, "outletCited", venue, "quotedFragments"
      FROM jsonb_to_recordset(${json(reports)}::jsonb) AS x(id text, "statementId" text, kind text, quote text, start int, "end" int, sentence text,
        paragraph text, "outletCited" text, venue text, "quotedFragments" text[])
      RETURNING id)
    INSERT INTO "ReportCitation" ("reportId", "outletId", position)
    SELECT "reportId", "outletId", position FROM jsonb_to_recordset(${json(citations)}::jsonb) AS x("reportId" text, "outletId" text, position int)`);
}

type OutletKind = "wire" | "newspaper" | "broadcaster" | "online" | "platform";

export async function upsertOutlet(tx: Tx, name: string, kind: OutletKind): Promise<string> {
  return (await ensureOutlets(tx, [{ name, kind }])).get(name)!;
}

/** The outlets named (inserted when new, under their gazetteer name), by the name given. One query. */
export async function ensureOutlets(tx: Tx, wanted: { name: string; kind: OutletKind }[]): Promise<Map<string, string>> {
  const outlets = outletRows(wanted);
  if (!outlets.rows.length) return new Map();
  const [stored] = await insertMissing(tx, [{ table: "Outlet", rows: outlets.rows }]);
  return outlets.ids(stored);
}

/**
 * The import lock taken and, unless an article with the same content is stored (then `existing`), outlets
 * and speakers as ensureOutlets and ensureSpeakers leave them: one query for the lock and both tables.
 */
async function lockAndEnsureOutletsAndSpeakers(
  tx: Tx,
  lock: ImportLock,
  outletsWanted: { name: string; kind: OutletKind }[],
  people: Person[],
): Promise<{ existing: string } | { outletIds: Map<string, string>; speakerIds: Map<string, string> }> {
  const outlets = outletRows(outletsWanted);
  const speakers = speakerRows(people);
  const batches: MissingRows[] = [];
  if (outlets.rows.length) batches.push({ table: "Outlet", rows: outlets.rows });
  if (speakers.rows.length) batches.push({ table: "Speaker", rows: speakers.rows });
  const { existing, stored } = await insertMissingUnderLock(tx, batches, lock);
  if (existing) return { existing };
  const storedOf = (table: MissingRows["table"]) => stored[batches.findIndex((b) => b.table === table)];
  return {
    outletIds: outlets.rows.length ? outlets.ids(storedOf("Outlet")) : new Map(),
    speakerIds: speakers.rows.length ? await followPeopleData(tx, speakers.wanted, storedOf("Speaker")) : new Map(),
  };
}

type OutletRow = { id: string; slug: string; name: string; kind: OutletKind; aliases: string[] };

/** The outlet rows to insert when new (one per gazetteer slug), and how to read each given name's id back. */
function outletRows(wanted: { name: string; kind: OutletKind }[]): { rows: OutletRow[]; ids: (stored: Map<string, StoredRow>) => Map<string, string> } {
  const slugOf = new Map<string, string>();
  const rows = new Map<string, OutletRow>();
  for (const { name, kind } of wanted) {
    const known = findKnownOutlet(name);
    const canonical = known?.name ?? name;
    const slug = slugify(canonical);
    slugOf.set(name, slug);
    if (!rows.has(slug)) rows.set(slug, { id: rowId(), slug, name: canonical, kind: known?.kind ?? kind, aliases: known?.aliases ?? [] });
  }
  return { rows: [...rows.values()], ids: (stored) => new Map([...slugOf].map(([name, slug]) => [name, stored.get(slug)!.id])) };
}

type StoredRole = { title: string; startDate: string | null; endDate: string | null };
type StoredRow = { id: string; slug: string; aliases: string[]; roles: StoredRole[] };

type MissingRows = { table: "Outlet" | "Speaker"; rows: { id: string; slug: string; name: string; kind?: OutletKind; aliases: string[] }[] };

/**
 * Inserts the rows whose slug is new (ON CONFLICT DO NOTHING) and returns every row by slug, with its
 * aliases and, for speakers, its roles: one map per batch, every table in one statement. The outer SELECT
 * cannot see what the same statement inserted, so the two halves never repeat a row; a row another writer
 * added meanwhile (while this one waited for the lock, too) is read once more.
 */
async function insertMissing(tx: Tx, batches: MissingRows[]): Promise<Map<string, StoredRow>[]> {
  return (await insertMissingUnderLock(tx, batches)).stored;
}

/**
 * insertMissing with, when `lock` is given, the import lock taken and the same content looked up first in
 * the same statement: every input row waits for the lock's (materialized) row, and there are none when an
 * article with that content is stored (`existing`; nothing written, nothing read back).
 */
async function insertMissingUnderLock(tx: Tx, batches: MissingRows[], lock?: ImportLock): Promise<{ existing: string | null; stored: Map<string, StoredRow>[] }> {
  const roles = (table: MissingRows["table"]) =>
    table === "Speaker"
      ? Prisma.sql`coalesce((SELECT json_agg(json_build_object('title', r.title, 'startDate', r."startDate", 'endDate', r."endDate")) FROM "SpeakerRole" r WHERE r."speakerId" = t.id), '[]'::json)`
      : Prisma.sql`'[]'::json`;
  const insert = (table: MissingRows["table"], input: Prisma.Sql) =>
    table === "Speaker"
      ? Prisma.sql`INSERT INTO "Speaker" (id, slug, name, aliases) SELECT id, slug, name, aliases FROM ${input} ON CONFLICT (slug) DO NOTHING RETURNING id, slug, aliases`
      : Prisma.sql`INSERT INTO "Outlet" (id, slug, name, kind, aliases) SELECT id, slug, name, kind::"OutletKind", aliases FROM ${input} ON CONFLICT (slug) DO NOTHING RETURNING id, slug, aliases`;
  const read = (table: MissingRows["table"], slugs: string[]) => tx.$queryRaw<StoredRow[]>`
    SELECT t.id, t.slug, t.aliases, ${roles(table)} AS roles FROM ${Prisma.raw(`"${table}"`)} t WHERE t.slug = ANY(${slugs}::text[])`;
  const gate = lock ? Prisma.sql` CROSS JOIN import_lock WHERE import_lock.existing IS NULL` : Prisma.empty;
  const ctes = [
    ...(lock ? [Prisma.sql`import_lock AS MATERIALIZED (${lockAndFindSql(lock)})`] : []),
    ...batches.map(({ table, rows }, k) => {
      const input = Prisma.raw(`input_${k}`);
      return Prisma.sql`${input} AS (SELECT x.* FROM jsonb_to_recordset(${json(rows)}::jsonb) AS x(id text, slug text, name text, kind text, aliases text[])${gate}),
      ${Prisma.raw(`inserted_${k}`)} AS (${insert(table, input)})`;
    }),
  ];
  const selects = [
    ...(lock ? [Prisma.sql`SELECT -1::int AS batch, existing AS id, NULL::text AS slug, NULL::text[] AS aliases, NULL::json AS roles FROM import_lock`] : []),
    ...batches.map(({ table }, k) => Prisma.sql`
    SELECT ${k}::int AS batch, id, slug, aliases, '[]'::json AS roles FROM ${Prisma.raw(`inserted_${k}`)}
    UNION ALL
    SELECT ${k}::int, t.id, t.slug, t.aliases, ${roles(table)} FROM ${Prisma.raw(`"${table}"`)} t WHERE t.slug IN (SELECT slug FROM ${Prisma.raw(`input_${k}`)})`),
  ];
  if (!selects.length) return { existing: null, stored: [] };
  const found = await tx.$queryRaw<(StoredRow & { batch: number })[]>`WITH ${Prisma.join(ctes, ", ")} ${Prisma.join(selects, " UNION ALL ")}`;
  let existing: string | null = null;
  const bySlug = batches.map(() => new Map<string, StoredRow>());
  for (const { batch, ...row } of found) {
    if (batch < 0) existing = row.id;
    else bySlug[batch].set(row.slug, row);
  }
  if (existing) return { existing, stored: bySlug };
  for (const [k, { table, rows }] of batches.entries()) {
    const missing = rows.map((r) => r.slug).filter((slug) => !bySlug[k].has(slug));
    if (missing.length) for (const row of await read(table, missing)) bySlug[k].set(row.slug, row);
  }
  return { existing, stored: bySlug };
}

export async function upsertSpeaker(tx: Tx, name: string, printedRole: string | null): Promise<string> {
  return (await ensureSpeakers(tx, [{ name, printedRole }])).get(slugify(name))!;
}

/**
 * The speakers named, by slug: inserted when new; a known person's roles and aliases follow the people
 * data (issue #9); someone the gazetteer doesn't know keeps every role the text gave, undated.
 * Two queries, and writes only for what changed.
 */
export async function ensureSpeakers(tx: Tx, people: Person[]): Promise<Map<string, string>> {
  const speakers = speakerRows(people);
  if (!speakers.rows.length) return new Map();
  const [stored] = await insertMissing(tx, [{ table: "Speaker", rows: speakers.rows }]);
  return followPeopleData(tx, speakers.wanted, stored);
}

type Person = { name: string; printedRole: string | null };
type WantedSpeaker = { name: string; facts: ReturnType<typeof describePerson>; printed: Set<string> };

/** The speakers named, by slug, with what the people data says of them, and the rows to insert when new. */
function speakerRows(people: Person[]): { wanted: Map<string, WantedSpeaker>; rows: MissingRows["rows"] } {
  const wanted = new Map<string, WantedSpeaker>();
  for (const { name, printedRole } of people) {
    const slug = slugify(name);
    if (!wanted.has(slug)) wanted.set(slug, { name, facts: describePerson(name), printed: new Set() });
    if (printedRole) wanted.get(slug)!.printed.add(printedRole);
  }
  return { wanted, rows: [...wanted].map(([slug, w]) => ({ id: rowId(), slug, name: w.name, aliases: w.facts.aliases })) };
}

/** Brings the stored speakers' roles and aliases in line with the people data (writes only what changed); their ids by slug. */
async function followPeopleData(tx: Tx, wanted: Map<string, WantedSpeaker>, stored: Map<string, StoredRow>): Promise<Map<string, string>> {
  const replaced: string[] = [];
  const newRoles: { speakerId: string; title: string; startDate: string | null; endDate: string | null }[] = [];
  const newAliases: { id: string; aliases: string[] }[] = [];
  for (const [slug, { facts, printed }] of wanted) {
    const speaker = stored.get(slug)!;
    if (!facts.roles.length) {
      const titles = new Set(speaker.roles.map((r) => r.title));
      for (const title of printed) if (!titles.has(title)) newRoles.push({ speakerId: speaker.id, title, startDate: null, endDate: null });
      continue;
    }
    const key = (r: StoredRole) => `${r.title}|${r.startDate ?? ""}|${r.endDate ?? ""}`;
    const roles = facts.roles.map((r) => ({ title: r.title, startDate: day(r.from), endDate: day(r.to) }));
    const have = new Set(speaker.roles.map((r) => key({ title: r.title, startDate: day(r.startDate), endDate: day(r.endDate) })));
    if (roles.length !== speaker.roles.length || roles.some((r) => !have.has(key(r)))) {
      replaced.push(speaker.id);
      newRoles.push(...roles.map((r) => ({ ...r, speakerId: speaker.id })));
    }
    if (facts.aliases.join("\n") !== speaker.aliases.join("\n")) newAliases.push({ id: speaker.id, aliases: facts.aliases });
  }
  await writeSpeakerChanges(tx, replaced, newRoles, newAliases);
  return new Map([...stored].map(([slug, row]) => [slug, row.id]));
}

/** A date as stored (YYYY-MM-DD), from the people data (YYYY, YYYY-MM or a day) or a row read as JSON. */
function day(value: string | null | undefined): string | null {
  return value ? toDate(value.slice(0, 10))!.toISOString().slice(0, 10) : null;
}

async function writeSpeakerChanges(tx: Tx, replaced: string[], roles: { speakerId: string; title: string; startDate: string | null; endDate: string | null }[], aliases: { id: string; aliases: string[] }[]): Promise<void> {
  if (replaced.length) await tx.$executeRaw`DELETE FROM "SpeakerRole" WHERE "speakerId" = ANY(${replaced}::text[])`;
  if (roles.length) {
    const rows = roles.map((r) => ({ ...r, id: rowId() }));
    await tx.$executeRaw`
      INSERT INTO "SpeakerRole" (id, "speakerId", title, "startDate", "endDate")
      SELECT id, "speakerId", title, "startDate", "endDate" FROM jsonb_to_recordset(${json(rows)}::jsonb) AS x(id text, "speakerId" text, title text, "startDate" date, "endDate" date)
      ON CONFLICT DO NOTHING`;
  }
  if (aliases.length) {
    await tx.$executeRaw`
      UPDATE "Speaker" s SET aliases = x.aliases FROM jsonb_to_recordset(${json(aliases)}::jsonb) AS x(id text, aliases text[]) WHERE s.id = x.id`;
  }
}
