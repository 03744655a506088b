// POST /editor/actions/preview (multipart: text or file, and the metadata fields): the statements the
// extractor finds, as JSON, without saving anything.
import { guardEditorAction, refusal } from "@/server/editor/http";
import { articleMetadataFrom, articleText, importErrorMessage, previewArticle } from "@/server/editor/browserImport";

export async function POST(request: Request): Promise<Response> {
  const guarded = await guardEditorAction(request);
  if (guarded instanceof Response) return guarded;
  const form = guarded.form;
  if (!form) return refusal(400, "Send the article as a form.");
  try {
    const file = form.get("file");
    const upload = file instanceof File && file.size > 0 ? file : null;
    const text = articleText({
      text: typeof form.get("text") === "string" ? String(form.get("text")) : null,
      fileBytes: upload ? new Uint8Array(await upload.arrayBuffer()) : null,
      fileName: upload?.name ?? null,
    });
    const metadata = Object.fromEntries([...form.entries()].filter(([key, value]) => key !== "text" && key !== "file" && key !== "csrf" && typeof value === "string"));
    const meta = articleMetadataFrom(metadata);
    return Response.json({ text, statements: previewArticle(text, meta) });
  } catch (error) {
    const message = importErrorMessage(error);
    if (message) return refusal(400, message);
    throw error;
  }
}
