// Readers' "Report a problem with this statement": stored for editors, limited in size and rate, and kept
// free of spam without third-party services (decision 0050): an empty honeypot field, a form signed by the
// server that must have been open for a few seconds, and at most a few reports per address an hour.
import type { PrismaClient } from "@/generated/prisma/client";
import { clientAddress, countEvent, isLimited, REPORTS_PER_ADDRESS } from "./rateLimit";
import { timedTokenAge } from "./secrets";

export const PROBLEM_MESSAGE_MAX = 2000;
export const PROBLEM_CONTACT_MAX = 200;
/** Faster than this, a person has not read the form. */
export const PROBLEM_MIN_FILL_MS = 3000;
const PROBLEM_FORM_TTL_MS = 24 * 60 * 60_000;

export type ProblemResult = "sent" | "too-fast" | "spam" | "rate-limited" | "too-long" | "empty" | "expired" | "unknown-statement";

export interface ProblemInput {
  statementId: string;
  message: string;
  contact: string;
  honeypot: string;
  formToken: string;
  headers: Headers;
}

export async function submitProblemReport(db: PrismaClient, input: ProblemInput): Promise<ProblemResult> {
  if (input.honeypot) return "spam";
  const age = await timedTokenAge(db, "problem-report", input.formToken);
  if (age === null || age > PROBLEM_FORM_TTL_MS) return "expired";
  if (age < PROBLEM_MIN_FILL_MS) return "too-fast";
  const message = input.message.trim();
  const contact = input.contact.trim();
  if (message.length < 5) return "empty";
  if (message.length > PROBLEM_MESSAGE_MAX || contact.length > PROBLEM_CONTACT_MAX) return "too-long";
  const key = `problem:address:${clientAddress(input.headers)}`;
  if (await isLimited(db, key, REPORTS_PER_ADDRESS)) return "rate-limited";
  if (!(await db.statement.findUnique({ where: { id: input.statementId }, select: { id: true } }))) return "unknown-statement";
  await countEvent(db, key, REPORTS_PER_ADDRESS);
  await db.problemReport.create({ data: { statementId: input.statementId, message, contact: contact || null } });
  return "sent";
}

export async function resolveProblemReport(db: PrismaClient, id: string): Promise<void> {
  await db.problemReport.updateMany({ where: { id, resolvedAt: null }, data: { resolvedAt: new Date() } });
}
