// Finds the metadata of each file to import: its entry in a manifest.json in
// the same directory, or the command-line flags for a single file.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { articleMetadataSchema, manifestSchema, type ArticleMetadata, type Manifest } from "@/schemas/articleManifest";
import { ImportValidationError } from "./errors";

export interface MetadataFlags {
  outlet?: string;
  publishedAt?: string;
  title?: string;
  url?: string;
}

const manifests = new Map<string, Promise<Manifest | null>>();

async function loadManifest(directory: string): Promise<Manifest | null> {
  const file = path.join(directory, "manifest.json");
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch {
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new ImportValidationError(file, `manifest is not valid JSON (${(error as Error).message})`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportValidationError(file, `manifest is invalid at ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

function manifestFor(directory: string): Promise<Manifest | null> {
  const key = path.resolve(directory);
  let pending = manifests.get(key);
  if (!pending) {
    pending = loadManifest(key);
    manifests.set(key, pending);
  }
  return pending;
}

export function forgetManifests(): void {
  manifests.clear();
}

export async function metadataFor(file: string, flags: MetadataFlags): Promise<ArticleMetadata> {
  if (flags.outlet || flags.publishedAt || flags.title || flags.url) return fromFlags(file, flags);
  const manifest = await manifestFor(path.dirname(file));
  const entry = manifest?.articles.find((a) => a.file === path.basename(file));
  if (!entry) {
    throw new ImportValidationError(
      file,
      manifest
        ? `missing metadata: ${path.basename(file)} is not listed in ${path.join(path.dirname(file), "manifest.json")}`
        : "missing metadata: add a manifest.json beside the file, or pass --published-at YYYY-MM-DD and --outlet \"Name\"",
    );
  }
  return entry;
}

function fromFlags(file: string, flags: MetadataFlags): ArticleMetadata {
  const publishedAt = flags.publishedAt ?? null;
  const parsed = articleMetadataSchema.safeParse({
    file: path.basename(file),
    outlet: flags.outlet ? { name: flags.outlet, kind: "online" } : null,
    url: flags.url ?? null,
    title: flags.title ?? null,
    publishedAt,
    publishedPrecision: publishedAt ? (["year", "month", "day"] as const)[publishedAt.split("-").length - 1] : null,
    publishedEvidence: "given on the command line",
    publishedConfidence: publishedAt ? "high" : "low",
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportValidationError(file, `bad metadata flag (${issue.path.join(".")}): ${issue.message}`);
  }
  return parsed.data;
}
