// What we know about an article besides its text: the outlet that published
// it, when, and how sure we are. One schema for seeds/manifest.json, any
// manifest.json beside imported files, and the import command's flags.
// Rules that need more than a pattern (real calendar dates, http(s) addresses)
// live in src/domain/article/metadataRules.ts; their issues carry the rule's
// code in `params.code`, read by the importer (src/server/ingest/metadata.ts).
import { z } from "zod";
import { checkPublicationDate, checkSourceUrl, type MetadataProblem } from "@/domain/article/metadataRules";

export const outletKindSchema = z.enum(["wire", "newspaper", "broadcaster", "online", "platform"]);
export const precisionSchema = z.enum(["day", "month", "year"]);

export const articleMetadataSchema = z
  .object({
    file: z.string().min(1, "file is required"),
    outlet: z
      .object({ name: z.string().trim().min(1, "outlet.name is required"), kind: outletKindSchema.default("online") })
      .nullable()
      .describe("null when the text does not let us establish the publisher"),
    url: z.string().nullable().default(null),
    title: z.string().trim().min(1).nullable().default(null),
    publishedAt: z.string().nullable(),
    publishedPrecision: precisionSchema.nullable(),
    publishedEvidence: z.string().trim().min(1, "publishedEvidence: say how the date was established"),
    publishedConfidence: z.enum(["high", "medium", "low"]),
    language: z.string().min(2).default("en"),
    synthetic: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    const report = (problem: MetadataProblem | null, field: string) => {
      if (problem) ctx.addIssue({ code: "custom", message: problem.message, path: [field], params: { code: problem.code } });
    };
    if (value.url !== null) report(checkSourceUrl(value.url), "url");
    if (value.publishedAt !== null) report(checkPublicationDate(value.publishedAt, new Date()) ?? precisionProblem(value.publishedAt, value.publishedPrecision), "publishedAt");
    else if (value.publishedPrecision !== null) report(precisionProblem(value.publishedAt, value.publishedPrecision), "publishedPrecision");
  });

function precisionProblem(publishedAt: string | null, precision: z.infer<typeof precisionSchema> | null): MetadataProblem | null {
  if ((publishedAt === null) !== (precision === null)) return { code: "DATE_PRECISION", message: "publishedAt and publishedPrecision are given together or not at all" };
  if (!publishedAt || !precision) return null;
  const needed = { year: 1, month: 2, day: 3 }[precision];
  if (publishedAt.split("-").length < needed) return { code: "DATE_PRECISION", message: `publishedAt ${publishedAt} is less precise than "${precision}"` };
  return null;
}

export const manifestSchema = z.object({ articles: z.array(articleMetadataSchema) });

export type ArticleMetadata = z.infer<typeof articleMetadataSchema>;
export type Manifest = z.infer<typeof manifestSchema>;

/** The publication date cut to its precision, as extraction expects it ("2024-05"). */
export function publishedAtForExtraction(meta: Pick<ArticleMetadata, "publishedAt" | "publishedPrecision">): string | null {
  if (!meta.publishedAt || !meta.publishedPrecision) return null;
  const length = { day: 10, month: 7, year: 4 }[meta.publishedPrecision];
  return meta.publishedAt.slice(0, length);
}
