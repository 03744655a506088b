// Reads the review page's form (one form per action) into the editor's decision. Pure: no I/O.
import { z } from "zod";
import { STANCE_TOPIC_VALUES, statementFieldsSchema, TOPIC_VALUES, type StatementFields } from "./fields";

export const REVIEW_ACTIONS = ["confirm", "correct", "reject", "merge", "split"] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export type ReviewDecision =
  | { action: "confirm"; reason: string | null }
  | { action: "correct"; fields: StatementFields; reason: string | null }
  | { action: "reject"; reason: string }
  | { action: "merge"; into: string; reason: string | null }
  | { action: "split"; reportId: string; reason: string | null };

export class ReviewFormError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReviewFormError";
  }
}

const get = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim().slice(0, 2000) : "";
};

/** The fields as the form states them: unchecked topics are false, an empty stance means "no stance". */
export function fieldsFromForm(form: FormData): StatementFields {
  const topics = form.getAll("topics").filter((t): t is (typeof TOPIC_VALUES)[number] => (TOPIC_VALUES as readonly unknown[]).includes(t));
  const stances = STANCE_TOPIC_VALUES.flatMap((topic) => {
    const value = get(form, `stance-${topic}`);
    return value ? [{ topic, value, evidence: get(form, `evidence-${topic}`) }] : [];
  });
  const parsed = statementFieldsSchema.safeParse({
    speaker: get(form, "speaker"),
    speakerRole: get(form, "speakerRole"),
    kind: get(form, "kind"),
    date: get(form, "date"),
    datePrecision: get(form, "datePrecision"),
    topics: topics.length ? topics : ["other"],
    stances,
    outletCited: get(form, "outletCited"),
    venue: get(form, "venue"),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ReviewFormError(`${issue?.path.join(".") ?? "form"}: ${issue?.message ?? "invalid value"}`);
  }
  return parsed.data;
}

export function decisionFromForm(form: FormData): ReviewDecision {
  const action = z.enum(REVIEW_ACTIONS).safeParse(get(form, "action"));
  if (!action.success) throw new ReviewFormError("unknown action");
  const reason = get(form, "reason") || null;
  switch (action.data) {
    case "confirm":
      return { action: "confirm", reason };
    case "correct":
      return { action: "correct", fields: fieldsFromForm(form), reason };
    case "reject":
      if (!reason) throw new ReviewFormError("say why the statement is rejected: readers see the reason");
      return { action: "reject", reason };
    case "merge": {
      const into = statementIdIn(get(form, "into"));
      if (!into) throw new ReviewFormError("give the id or permalink of the statement to merge into");
      return { action: "merge", into: decodeURIComponent(into), reason };
    }
    case "split": {
      const reportId = get(form, "report");
      if (!reportId) throw new ReviewFormError("choose the report to split off");
      return { action: "split", reportId, reason };
    }
  }
}

/** The statement id in a pasted permalink ("…/statements/<id>/<slug>?…"), or the text itself when it is an id. */
function statementIdIn(value: string): string {
  const at = value.lastIndexOf("/statements/");
  if (at < 0) return value;
  const rest = value.slice(at + "/statements/".length);
  return rest.split(/[/?#]/, 1)[0];
}
