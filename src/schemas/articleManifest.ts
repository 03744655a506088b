// What we know about an article besides its text: the outlet that published
// it, when, and how sure we are. One schema for seeds/manifest.json, any
// manifest.json beside imported files, and the import command's flags.
import { z } from "zod";

const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export const outletKindSchema = z.enum(["wire", "newspaper", "broadcaster", "online", "platform"]);
export const precisionSchema = z.enum(["day", "month", "year"]);

export const articleMetadataSchema = z
  .object({
    file: z.string().min(1, "file is required"),
    outlet: z
      .object({ name: z.string().trim().min(1, "outlet.name is required"), kind: outletKindSchema.default("online") })
      .nullable()
      .describe("null when the text does not let us establish the publisher"),
    url: z.url("url must be an absolute URL").nullable().default(null),
    title: z.string().trim().min(1).nullable().default(null),
    publishedAt: z.string().regex(PARTIAL_DATE, "publishedAt must be YYYY-MM-DD, YYYY-MM or YYYY").nullable(),
    publishedPrecision: precisionSchema.nullable(),
    publishedEvidence: z.string().trim().min(1, "publishedEvidence: say how the date was established"),
    publishedConfidence: z.enum(["high", "medium", "low"]),
    language: z.string().min(2).default("en"),
    synthetic: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if ((value.publishedAt === null) !== (value.publishedPrecision === null)) {
      ctx.addIssue({ code: "custom", message: "publishedAt and publishedPrecision are given together or not at all", path: ["publishedPrecision"] });
    }
    if (value.publishedAt && value.publishedPrecision) {
      const parts = value.publishedAt.split("-").length;
      const needed = { year: 1, month: 2, day: 3 }[value.publishedPrecision];
      if (parts < needed) ctx.addIssue({ code: "custom", message: `publishedAt ${value.publishedAt} is less precise than "${value.publishedPrecision}"`, path: ["publishedAt"] });
      if (parts === 3 && Number.isNaN(Date.parse(value.publishedAt))) ctx.addIssue({ code: "custom", message: `publishedAt ${value.publishedAt} is not a real date`, path: ["publishedAt"] });
    }
  });

export const manifestSchema = z.object({ articles: z.array(articleMetadataSchema) });

export type ArticleMetadata = z.infer<typeof articleMetadataSchema>;
export type Manifest = z.infer<typeof manifestSchema>;

/** The publication date cut to its precision, as extraction expects it ("2024-05"). */
export function publishedAtForExtraction(meta: Pick<ArticleMetadata, "publishedAt" | "publishedPrecision">): string | null {
  if (!meta.publishedAt || !meta.publishedPrecision) return null;
  const length = { day: 10, month: 7, year: 4 }[meta.publishedPrecision];
  return meta.publishedAt.slice(0, length);
}
