// The oEmbed request (https://oembed.com, section 2.2): the page's URL, the format (only JSON is offered)
// and the consumer's size limits. One schema, parsed once; bad values are named in a 400.
import { z } from "zod";

const size = (name: string) =>
  z
    .string()
    .regex(/^\d{1,5}$/, { error: `${name} must be a whole number of pixels.` })
    .transform(Number)
    .pipe(z.number().min(1, { error: `${name} must be at least 1.` }))
    .optional();

export const oembedRequestSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: "url must be the absolute http(s) address of a statement page." }).max(2048),
  format: z.enum(["json", "xml"], { error: 'format must be "json".' }).default("json"),
  maxwidth: size("maxwidth"),
  maxheight: size("maxheight"),
});

export type OembedRequest = z.output<typeof oembedRequestSchema>;

/** Card size when the consumer sets no limit. */
export const EMBED_WIDTH = 560;
export const EMBED_HEIGHT = 280;

export function parseOembedRequest(params: URLSearchParams) {
  const input = Object.fromEntries([...oembedRequestSchema.keyof().options].flatMap((key) => (params.has(key) ? [[key, params.get(key) as string]] : [])));
  const result = oembedRequestSchema.safeParse(input);
  if (result.success) return { request: result.data, issues: [] };
  return {
    request: null,
    issues: result.error.issues.map((issue) => ({ param: String(issue.path[0] ?? "url"), message: issue.message })),
  };
}
