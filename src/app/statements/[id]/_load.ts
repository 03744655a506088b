// Shared by the permalink page, its metadata and the slug-less redirect: one lookup per request.
import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { isNotFoundError } from "@/server/errors";
import { statementUrl } from "@/lib/urls";
import { findRetiredStatement, getStatement } from "@/server/queries";
import type { StatementDetail } from "@/server/queries/types";

/** Route params may arrive percent-encoded; never let a stray "%" become a 500. */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The statement, or null when there is none. For generateMetadata, which must not call notFound():
 * Next then answers with an empty error shell that only its client runtime fills in, and the pages are
 * served without that runtime (decision 0080). The page itself calls notFound() and gets not-found.tsx.
 */
export const findStatement = cache(async (id: string): Promise<StatementDetail | null> => {
  await connection();
  try {
    return await getStatement(id);
  } catch (error) {
    if (!isNotFoundError(error)) throw error;
    return null;
  }
});

export async function loadStatement(id: string): Promise<StatementDetail> {
  const statement = await findStatement(id);
  if (statement) return statement;
  // A permalink retired by a re-extraction still leads to its remark (decision 0041).
  const retired = await findRetiredStatement(id);
  if (retired?.kind === "moved") permanentRedirect(statementUrl(retired.to));
  notFound();
}
