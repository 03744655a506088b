// POST /api/statements/<id>/problems: a reader's "Report a problem with this statement" form. Answers 303
// back to the statement with the outcome as a notice (the form works without JavaScript).
import { statementNoticeUrl } from "@/lib/urls";
import { getDb } from "@/server/db";
import { refusal, sameOrigin, seeOther } from "@/server/editor/http";
import { PROBLEM_MESSAGE_MAX, submitProblemReport } from "@/server/editor/problems";

const MAX_BODY_BYTES = 16 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!sameOrigin(request)) return refusal(403, "This request came from another site.");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return refusal(413, `A report can be at most ${PROBLEM_MESSAGE_MAX} characters.`);
  const form = await request.formData().catch(() => null);
  if (!form) return refusal(400, "The request body could not be read.");
  const field = (name: string) => String(form.get(name) ?? "").slice(0, PROBLEM_MESSAGE_MAX + 1);
  const result = await submitProblemReport(getDb(), {
    statementId: id,
    message: field("message"),
    contact: field("contact"),
    honeypot: field("website"),
    formToken: field("form"),
    headers: request.headers,
  });
  // The quote only shapes the slug; the permalink route redirects a wrong slug to the right one.
  return seeOther(statementNoticeUrl({ id, quote: String(form.get("quote") ?? "statement").slice(0, 200) }, result));
}
