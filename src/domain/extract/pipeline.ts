// Text → statements, as one pipeline over one Document (docs/decisions/0085-extraction-pipeline.md):
//   parseDocument → quote candidates → reported-speech candidates → speaker resolution → context (outlet
//   chain, venue, date) → classification (topics, stance) → statements.
// Each stage is a pure function of the Document and the stages before it, returns new objects and never edits
// what an earlier stage returned. Every field carries the rule that decided it and the words it rests on.

import { heldOffice, holderOf, officeById, roleOn, type Person } from "../people/gazetteer";
import { natoOfficeNamedBy } from "../people/officeMentions";
import { normalizeRole } from "../people/mentions";
import { vagueHeadOf } from "../people/roles";
import { formatWithPrecision } from "./dates";
import type { Document } from "./document";
import { classifyStatements, type ClassifiedStatement } from "./stages/classification";
import { attachOccasions } from "./stages/occasion";
import { findQuoteCandidates } from "./stages/quoteCandidates";
import { findReportedSpeech } from "./stages/reportedSpeech";
import { resolveSpeakers } from "./stages/speakers";
import type { ExtractedStatement, FieldExplanation, StatementExplanation } from "./types";
import { CHIEFS } from "../lexicon/frames.en";

/** The statements of a parsed document, each quote as `printed` prints it (the text before hard wraps were unwrapped: the same offsets). */
export function runPipeline(doc: Document, printed: string = doc.text): ExtractedStatement[] {
  const quotes = findQuoteCandidates(doc);
  const reported = findReportedSpeech(doc, quotes);
  const attributed = resolveSpeakers(doc, quotes, reported);
  const placed = attachOccasions(doc, attributed);
  const classified = classifyStatements(doc, placed);
  return classified.map((statement) => toStatement(doc, statement, doc.explain, printed));
}

function toStatement(doc: Document, d: ClassifiedStatement, explain: boolean, printed: string): ExtractedStatement {
  const { date } = d.occasion;
  const role = roleFor(d, date?.date ?? null);
  const explanation: StatementExplanation | undefined = explain
    ? {
        quote: d.found,
        kind: { ...d.found, source: d.kind === "direct" ? "quotation marks or first-person speech" : "reported speech" },
        speaker: d.speakerDecision,
        speakerRole: role.decidedBy,
        date: d.occasion.decidedBy.date,
        outletCited: d.occasion.decidedBy.outletCited,
        venue: d.occasion.decidedBy.venue,
        topics: d.decidedBy.topics,
        stance: d.decidedBy.stance,
      }
    : undefined;
  return {
    quote: printed.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    kind: d.kind,
    speaker: d.speaker?.name || null, // anonymous speakers ("a NATO diplomat") have no name
    speakerRole: role.value,
    outletCited: d.occasion.outletCited,
    venue: d.occasion.venue,
    date: date ? formatWithPrecision(date.date, date.precision) : null,
    datePrecision: date?.precision ?? null,
    dateSource: date?.source ?? null,
    topics: d.topics,
    stance: d.stance,
    quotedFragments: d.quotedFragments,
    sentence: d.sentence.text,
    paragraph: doc.paragraphs[d.sentence.paragraph].text,
    ...(explanation ? { explain: explanation } : {}),
  };
}

/** The role the text prints for the speaker (normalised), else the office the speaker held on the date. */
function roleFor(d: ClassifiedStatement, date: string | null): { value: string | null; decidedBy: FieldExplanation } {
  const entity = d.speaker;
  if (!entity) return { value: null, decidedBy: { rule: "role-none", span: null } };
  const known = entity.known;
  const onDate = known ? roleOn(known, date) : null;
  const titled = d.via?.kind === "title" && d.via.title ? d.via : null;
  const printed = entity.textRole ?? titled?.title ?? null;
  const printedAt = entity.textRole ? "beside the speaker's name" : "the title that names the speaker";
  const titleSpan = titled ? { start: titled.start, end: titled.end } : null;
  const printedSpan = entity.textRole ? (entity.textRoleSpan ?? null) : titleSpan;
  if (printed) {
    const normalized = normalizeRole(printed);
    const office = printedOffice(known, normalized, date);
    const printedAsOffice = (value: string) => ({ value, decidedBy: { rule: "role-printed-office", source: printedAt, evidence: printed, span: printedSpan } });
    // "the alliance's chief Jane Example" printed as a bare "chief": the office the speaker held that day.
    if (onDate && (onDate.toLowerCase().includes(normalized.toLowerCase()) || vagueHeadOf(normalized, onDate) || BARE_HEAD.test(normalized))) return printedAsOffice(onDate);
    // "NATO chief", "the alliance's head": a printed title that names the office the speaker held then is that office.
    if (office) return printedAsOffice(office);
    return { value: normalized, decidedBy: { rule: "role-printed", source: printedAt, evidence: printed, span: printedSpan } };
  }
  if (onDate) return { value: onDate, decidedBy: { rule: "role-held-on-date", source: "the people data", evidence: date, span: null } };
  const former = known && date ? formerRole(known, date) : null;
  return former
    ? { value: former, decidedBy: { rule: "role-former-office", source: "the people data", evidence: date, span: null } }
    : { value: null, decidedBy: { rule: "role-none", span: null } };
}

const BARE_HEAD = new RegExp(String.raw`^(?:the )?${CHIEFS}$`, "i");

/** The title of the NATO office a printed role names ("NATO chief"), when the speaker held that office on the date. */
function printedOffice(known: Person | null, printed: string, date: string | null): string | null {
  if (!known) return null;
  const office = natoOfficeNamedBy(printed);
  if (!office || !heldOffice(known, office, date) || (date && holderOf(office, date)?.name !== known.name)) return null;
  return officeById(office)?.title ?? null;
}

/** A person who holds no office on the date speaks as the holder of their last one ("former Supreme Allied Commander Europe"). */
function formerRole(known: Person, date: string): string | null {
  const last = known.roles.filter((r) => r.to && r.to <= date).at(-1);
  return last ? `former ${last.title}` : null;
}
