// Writes one article and its statements in one transaction: outlets,
// speakers, the article, then each report, attached to an existing statement
// when it prints the same remark (src/domain/cluster) or to a new one.
import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { matchReports, type RemarkReport } from "@/domain/cluster/sameRemark";
import { statementId } from "@/domain/cluster/statementId";
import type { ExtractedStatement } from "@/domain/extract/types";
import { EXTRACTOR_VERSION } from "@/domain/extract/version";
import { findKnownOutlet } from "@/domain/outlets/gazetteer";
import { describePerson } from "@/domain/people/describe";
import { slugify } from "@/domain/text";
import type { ArticleMetadata } from "@/schemas/articleManifest";

type Tx = Prisma.TransactionClient;

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
    afterWrite?: (tx: Tx, articleId: string) => Promise<void>;
  },
): Promise<WriteResult> {
  const hash = contentHash(input.text);
  return db.$transaction(
    async (tx) => {
      // One import at a time: clustering reads what earlier imports wrote.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('nato-tracker-import'))`;
      const existing = await tx.article.findUnique({ where: { contentHash: hash }, select: { id: true } });
      if (existing) return { status: "unchanged", articleId: existing.id, statementsAdded: 0, reportsAdded: 0 };

      const outletId = input.meta.outlet ? await upsertOutlet(tx, input.meta.outlet.name, input.meta.outlet.kind) : null;
      const article = await tx.article.create({
        data: {
          outletId,
          url: input.meta.url,
          title: input.meta.title,
          publishedAt: toDate(input.meta.publishedAt),
          publishedPrecision: input.meta.publishedPrecision,
          publishedEvidence: input.meta.publishedEvidence,
          publishedConfidence: input.meta.publishedConfidence,
          language: input.meta.language,
          text: input.text,
          contentHash: hash,
          sourceFile: input.sourceFile,
          synthetic: input.meta.synthetic,
          extractorVersion: EXTRACTOR_VERSION,
        },
      });
      const counts = await writeStatements(tx, article.id, input.statements);
      await input.afterWrite?.(tx, article.id);
      return { status: "added", articleId: article.id, ...counts };
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

export async function writeStatements(tx: Tx, articleId: string, statements: ExtractedStatement[]): Promise<{ statementsAdded: number; reportsAdded: number }> {
  const candidates = await loadCandidates(tx, statements);
  const matches = matchReports(statements.map(asRemark), candidates.map((c) => c.printings));
  // An article quotes few people through few outlets: look each up once, not once per statement
  // (a speaker once per printed role, since an unknown speaker's roles come from the text).
  const speakers = new Map<string, Promise<string>>();
  const outlets: OutletIds = new Map();
  let statementsAdded = 0;
  for (const [index, statement] of statements.entries()) {
    const { speaker, speakerRole } = statement;
    const key = `${speaker}\n${speakerRole ?? ""}`;
    if (speaker && !speakers.has(key)) speakers.set(key, upsertSpeaker(tx, speaker, speakerRole));
    const speakerId = speaker ? await speakers.get(key)! : null;
    const matched = matches[index] >= 0 ? candidates[matches[index]].id : null;
    const id = matched ?? (await createStatement(tx, statement, speakerId));
    if (!matched) statementsAdded++;
    await createReport(tx, id, articleId, statement, outlets);
  }
  return { statementsAdded, reportsAdded: statements.length };
}

type OutletIds = Map<string, string>;

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

/** Existing statements by the same speakers, with every printing, to cluster against. */
async function loadCandidates(tx: Tx, statements: ExtractedStatement[]): Promise<{ id: string; printings: RemarkReport[] }[]> {
  const speakers = [...new Set(statements.map((s) => s.speaker).filter((s): s is string => !!s))].map(slugify);
  if (!speakers.length) return [];
  const rows = await tx.statement.findMany({
    where: { speaker: { slug: { in: speakers } }, ...(await compatibleIds(tx, speakers, statements)) },
    include: { speaker: true, reports: { select: { quote: true, kind: true, outletCited: true, venue: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    printings: row.reports.map((r) => ({
      speaker: row.speaker?.name ?? null,
      quote: r.quote,
      kind: r.kind,
      date: row.date ? row.date.toISOString().slice(0, 10) : null,
      datePrecision: row.datePrecision,
      receivingOutlet: r.outletCited?.split("; ")[0] ?? null,
      venue: r.venue,
      topics: row.topics,
    })),
  }));
}

const DAY_MS = 86_400_000;

/**
 * Scale (decision 0045): only statements whose dates `compatibleDates` could accept can be the same
 * remark, so a prolific speaker's other years are not loaded on every import. A superset, read through
 * Statement_speaker_list_idx: undated ones, year-dated ones of the same years, and everything within
 * 32 days of the new dates. No restriction when a new statement is undated (it is compatible with all).
 */
async function compatibleIds(tx: Tx, speakers: string[], statements: ExtractedStatement[]): Promise<{ id?: { in: string[] } }> {
  const spoken = statements.filter((s) => s.speaker);
  if (spoken.length === 0 || spoken.some((s) => !s.date)) return {};
  // Per new statement, the days a compatible dated statement can fall on: its year, or 32 days around it.
  const spans = spoken.map((s) => {
    const day = toDate(s.date) as Date;
    if (s.datePrecision === "year") return [day.getTime(), Date.UTC(day.getUTCFullYear(), 11, 31)];
    return [day.getTime() - 32 * DAY_MS, day.getTime() + 32 * DAY_MS];
  });
  const from = new Date(Math.min(...spans.map(([lo]) => lo))).toISOString().slice(0, 10);
  const to = new Date(Math.max(...spans.map(([, hi]) => hi))).toISOString().slice(0, 10);
  const years = [...new Set(spoken.map((s) => `${(s.date as string).slice(0, 4)}-01-01`))];
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM "Statement" s
    WHERE s."speakerId" IN (SELECT id FROM "Speaker" WHERE slug = ANY(${speakers}::text[]))
      AND (coalesce(s.date, '-infinity'::date) = '-infinity'
        OR coalesce(s.date, '-infinity'::date) = ANY(${years}::date[])
        OR coalesce(s.date, '-infinity'::date) BETWEEN ${from}::date AND ${to}::date)`;
  return { id: { in: rows.map((r) => r.id) } };
}

async function createStatement(tx: Tx, s: ExtractedStatement, speakerId: string | null): Promise<string> {
  let id = statementId(s.speaker, s.quote);
  // The same words by the same speaker on another occasion: a new id, still derived from content.
  // A statement left without reports (a re-extraction removed them) is the same remark found again: reuse it.
  let createdAt: Date | undefined;
  for (let salt = 1; ; salt++) {
    const taken = await tx.statement.findUnique({ where: { id }, select: { createdAt: true, _count: { select: { reports: true } } } });
    if (!taken) break;
    if (taken._count.reports === 0) {
      await tx.statement.delete({ where: { id } });
      createdAt = taken.createdAt; // keeps its place among the speaker's same-day statements
      break;
    }
    id = statementId(s.speaker, s.quote, `${s.date ?? ""}#${salt}`);
  }
  await tx.statement.create({
    data: {
      id,
      createdAt,
      speakerId,
      speakerRole: s.speakerRole,
      kind: s.kind,
      quote: s.quote,
      date: toDate(s.date),
      datePrecision: s.datePrecision,
      dateSource: s.dateSource,
      topics: s.topics,
      stances: { create: Object.entries(s.stance).map(([topic, finding]) => ({ topic: topic as "troops", value: finding!.value, evidence: finding!.evidence })) },
    },
  });
  return id;
}

async function createReport(tx: Tx, statementId: string, articleId: string, s: ExtractedStatement, known: OutletIds): Promise<void> {
  const chain = s.outletCited ? s.outletCited.split("; ").filter(Boolean) : [];
  const outletIds = [];
  for (const name of chain) {
    if (!known.has(name)) known.set(name, await upsertOutlet(tx, name, findKnownOutlet(name)?.kind ?? "online"));
    outletIds.push(known.get(name)!);
  }
  await tx.report.create({
    data: {
      statementId,
      articleId,
      kind: s.kind,
      quote: s.quote,
      start: s.start,
      end: s.end,
      sentence: s.sentence ?? s.quote,
      paragraph: s.paragraph ?? s.quote,
      outletCited: s.outletCited,
      venue: s.venue,
      quotedFragments: s.quotedFragments,
      citations: { create: outletIds.map((outletId, position) => ({ outletId, position })) },
    },
  });
}

export async function upsertOutlet(tx: Tx, name: string, kind: "wire" | "newspaper" | "broadcaster" | "online" | "platform"): Promise<string> {
  const known = findKnownOutlet(name);
  const canonical = known?.name ?? name;
  const outlet = await tx.outlet.upsert({
    where: { slug: slugify(canonical) },
    update: {},
    create: { slug: slugify(canonical), name: canonical, kind: known?.kind ?? kind, aliases: known?.aliases ?? [] },
  });
  return outlet.id;
}

export async function upsertSpeaker(tx: Tx, name: string, printedRole: string | null): Promise<string> {
  const facts = describePerson(name);
  const speaker = await tx.speaker.upsert({
    where: { slug: slugify(name) },
    update: {},
    create: {
      slug: slugify(name),
      name,
      aliases: facts.aliases,
      roles: {
        create: facts.roles.map((r) => ({ title: r.title, startDate: toDate(r.from ?? null), endDate: toDate(r.to ?? null) })),
      },
    },
    include: { roles: true },
  });
  // Someone the gazetteer doesn't know: keep the role the text gave, undated.
  if (!facts.roles.length && printedRole && !speaker.roles.some((r) => r.title === printedRole)) {
    await tx.speakerRole.create({ data: { speakerId: speaker.id, title: printedRole } });
  }
  if (facts.roles.length) await refreshKnownSpeaker(tx, speaker, facts);
  return speaker.id;
}

type StoredSpeaker = { id: string; aliases: string[]; roles: { title: string; startDate: Date | null; endDate: Date | null }[] };

/** People data changes (a new term, an alias): a known person's row follows it on the next import (issue #9). */
async function refreshKnownSpeaker(tx: Tx, speaker: StoredSpeaker, facts: ReturnType<typeof describePerson>): Promise<void> {
  const key = (r: StoredSpeaker["roles"][number]) => `${r.title}|${r.startDate?.toISOString() ?? ""}|${r.endDate?.toISOString() ?? ""}`;
  const wanted = facts.roles.map((r) => ({ title: r.title, startDate: toDate(r.from ?? null), endDate: toDate(r.to ?? null) }));
  const stored = new Set(speaker.roles.map(key));
  if (wanted.length !== speaker.roles.length || wanted.some((r) => !stored.has(key(r)))) {
    await tx.speakerRole.deleteMany({ where: { speakerId: speaker.id } });
    await tx.speakerRole.createMany({ data: wanted.map((r) => ({ ...r, speakerId: speaker.id })), skipDuplicates: true });
  }
  if (facts.aliases.join("\n") !== speaker.aliases.join("\n")) await tx.speaker.update({ where: { id: speaker.id }, data: { aliases: facts.aliases } });
}
