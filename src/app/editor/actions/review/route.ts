// POST /editor/actions/review: confirm, correct, reject, merge or split one statement (form fields:
// statement, action, and the action's own fields). Answers 303 back to the review pages.
import { editorStatementUrl, editorUrl } from "@/lib/urls";
import { getDb } from "@/server/db";
import { isNotFoundError } from "@/server/errors";
import { guardEditorAction, seeOther } from "@/server/editor/http";
import { confirmStatement, correctStatement, mergeStatements, rejectStatement, ReviewError, splitReport } from "@/server/editor/review";
import { decisionFromForm, ReviewFormError } from "@/server/editor/reviewForm";

export async function POST(request: Request): Promise<Response> {
  const guarded = await guardEditorAction(request);
  if (guarded instanceof Response) return guarded;
  const form = guarded.form ?? new FormData();
  const id = String(form.get("statement") ?? "");
  const next = String(form.get("next") ?? "");
  const who = { editorName: guarded.session.editorName };
  const db = getDb();
  try {
    const decision = decisionFromForm(form);
    switch (decision.action) {
      case "confirm":
        await confirmStatement(db, id, who, decision.reason);
        return seeOther(next ? editorStatementUrl(next, "confirmed") : editorUrl("confirmed"));
      case "correct": {
        const changed = await correctStatement(db, id, decision.fields, who, decision.reason);
        return seeOther(editorStatementUrl(id, changed ? "corrected" : "unchanged"));
      }
      case "reject":
        await rejectStatement(db, id, decision.reason, who);
        return seeOther(next ? editorStatementUrl(next, "rejected") : editorUrl("rejected"));
      case "merge":
        await mergeStatements(db, id, decision.into, who, decision.reason);
        return seeOther(editorStatementUrl(decision.into, "merged"));
      case "split": {
        const newId = await splitReport(db, id, decision.reportId, who, decision.reason);
        return seeOther(editorStatementUrl(newId, "split"));
      }
    }
  } catch (error) {
    if (error instanceof ReviewFormError || error instanceof ReviewError || isNotFoundError(error)) {
      return seeOther(editorStatementUrl(id || "unknown", `error:${error.message}`));
    }
    throw error;
  }
}
