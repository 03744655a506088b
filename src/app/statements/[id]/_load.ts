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

export const loadStatement = cache(async (id: string): Promise<StatementDetail> => {
  await connection();
  try {
    return await getStatement(id);
  } catch (error) {
    if (!isNotFoundError(error)) throw error;
    // A permalink retired by a re-extraction still leads to its remark (decision 0041).
    const retired = await findRetiredStatement(id);
    if (retired?.kind === "moved") permanentRedirect(statementUrl(retired.to));
    notFound();
  }
});
