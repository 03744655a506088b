// Finds the metadata of each file to import: its entry in the manifest.json of
// its folder, or the command-line flags. Each manifest entry is checked on its
// own, so one bad entry fails only its own file; entries that name no file of
// the folder are reported as problems of the manifest.
import { lstat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { decodeUtf8Text } from "@/domain/article/decode";
import { ArticleProblemError } from "@/domain/article/problems";
import { articleMetadataSchema, type ArticleMetadata } from "@/schemas/articleManifest";
import { ImportValidationError, type ImportErrorCode } from "./errors";
import { readFileSafely } from "./readFileSafely";

export interface MetadataFlags {
  outlet?: string;
  publishedAt?: string;
  title?: string;
  url?: string;
}

export type MetadataOrProblem = ArticleMetadata | ImportValidationError;

export interface FolderManifest {
  file: string;
  /** Metadata (or the reason there is none) by the file name each entry names. */
  entries: Map<string, MetadataOrProblem>;
  /** Entries that cannot describe a file of this folder. */
  problems: ImportValidationError[];
  /** Why the manifest as a whole cannot be used, if it can't. */
  unusable: ImportValidationError | null;
}

/** A manifest is small; 10 MiB holds tens of thousands of entries. */
const MAX_MANIFEST_BYTES = 10 * 1024 * 1024;

/**
 * The article files of a folder end in ".txt" in any case (".TXT" from Windows
 * exports too); other files, and subfolders, are left alone.
 */
export function isArticleFileName(name: string): boolean {
  return /\.txt$/i.test(name);
}

const manifestShape = z.object({ articles: z.array(z.unknown()) });

/** The manifest.json of `folder`, or null when it has none. */
export async function loadManifest(folder: string): Promise<FolderManifest | null> {
  const file = path.join(folder, "manifest.json");
  if (!(await lstat(file).then(() => true, (error: NodeJS.ErrnoException) => error.code !== "ENOENT"))) return null;
  const manifest: FolderManifest = { file, entries: new Map(), problems: [], unusable: null };
  let json: unknown;
  try {
    json = parseJson(file, decodeUtf8Text(await readFileSafely(file, folder, MAX_MANIFEST_BYTES), file));
  } catch (error) {
    manifest.unusable = asImportError(error, file);
    return manifest;
  }
  const shape = manifestShape.safeParse(json);
  if (!shape.success) {
    manifest.unusable = new ImportValidationError(file, "MANIFEST_INVALID", 'a manifest must be a JSON object {"articles": [ … ]}');
    return manifest;
  }
  const keys = shape.data.articles.map((entry) => {
    const name = entryName(entry);
    return name === null ? null : path.relative(path.resolve(folder), path.resolve(folder, name));
  });
  const copies = new Map<string, number>();
  for (const key of keys) if (key !== null) copies.set(key, (copies.get(key) ?? 0) + 1);
  shape.data.articles.forEach((entry, index) => addEntry(manifest, entry, index, keys[index], copies));
  return manifest;
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImportValidationError(file, "MANIFEST_INVALID_JSON", `the manifest is not valid JSON (${(error as Error).message})`);
  }
}

function entryName(entry: unknown): string | null {
  const file = (entry as { file?: unknown } | null)?.file;
  return typeof file === "string" && file ? file : null;
}

/** Files one entry under its name relative to the folder (`key`), or records why it can't be. */
function addEntry(manifest: FolderManifest, entry: unknown, index: number, key: string | null, copies: Map<string, number>): void {
  const problem = (code: ImportErrorCode, reason: string): void => {
    manifest.problems.push(new ImportValidationError(manifest.file, code, reason));
  };
  const name = entryName(entry);
  if (name === null || key === null) return problem("MANIFEST_INVALID", `entry ${index + 1} has no "file" naming the article it describes`);
  if (key === "" || key === ".." || key.startsWith(`..${path.sep}`) || path.isAbsolute(key)) {
    return problem("MANIFEST_ENTRY_OUTSIDE_FOLDER", `entry "${name}" points outside this folder; an entry names a file in the folder`);
  }
  if (key.includes(path.sep)) return problem("MANIFEST_ENTRY_OUTSIDE_FOLDER", `entry "${name}" names a file in a subfolder; import that folder with its own manifest`);
  if (!isArticleFileName(key)) return problem("MANIFEST_ENTRY_NOT_TXT", `entry "${name}" is not a .txt file; only .txt files are imported`);
  const count = copies.get(key) ?? 1;
  manifest.entries.set(
    key,
    count > 1
      ? new ImportValidationError(manifest.file, "MANIFEST_DUPLICATE_ENTRY", `${key} is listed ${count} times in the manifest; list each file once`)
      : parseMetadata(manifest.file, entry, "manifest entry"),
  );
}

/** Entry names that match no article file of the folder, as problems of the manifest. */
export function entriesWithoutFile(manifest: FolderManifest, articleNames: string[]): ImportValidationError[] {
  const present = new Set(articleNames);
  return [...manifest.entries.keys()]
    .filter((name) => !present.has(name))
    .map((name) => new ImportValidationError(manifest.file, "MANIFEST_ENTRY_MISSING_FILE", `entry "${name}" names a file that is not in this folder`));
}

/** The metadata of `file`: from the flags when any is given, else from its folder's manifest. */
export function metadataFor(file: string, flags: MetadataFlags, manifest: FolderManifest | null): MetadataOrProblem {
  if (hasFlags(flags)) return fromFlags(file, flags);
  if (!manifest) {
    return new ImportValidationError(file, "METADATA_MISSING", 'missing metadata: add a manifest.json beside the file, or pass --published-at YYYY-MM-DD and --outlet "Name"');
  }
  if (manifest.unusable) return new ImportValidationError(file, "METADATA_MISSING", `missing metadata: ${manifest.file} cannot be used (${manifest.unusable.reason})`);
  const entry = manifest.entries.get(path.basename(file));
  if (!entry) return new ImportValidationError(file, "METADATA_MISSING", `missing metadata: ${path.basename(file)} is not listed in ${manifest.file}`);
  return entry instanceof ImportValidationError ? new ImportValidationError(file, entry.code, `${entry.reason} (${manifest.file})`) : entry;
}

export function hasFlags(flags: MetadataFlags): boolean {
  return Boolean(flags.outlet || flags.publishedAt || flags.title || flags.url);
}

function fromFlags(file: string, flags: MetadataFlags): MetadataOrProblem {
  const publishedAt = flags.publishedAt ?? null;
  return parseMetadata(file, {
    file: path.basename(file),
    outlet: flags.outlet ? { name: flags.outlet, kind: "online" } : null,
    url: flags.url ?? null,
    title: flags.title ?? null,
    publishedAt,
    publishedPrecision: publishedAt ? (["year", "month", "day"] as const)[publishedAt.split("-").length - 1] ?? "day" : null,
    publishedEvidence: "given on the command line",
    publishedConfidence: publishedAt ? "high" : "low",
  }, "metadata flag");
}

/** Validates one set of metadata; a broken rule keeps its own code (see src/schemas/articleManifest.ts). */
function parseMetadata(file: string, value: unknown, source: string): MetadataOrProblem {
  const parsed = articleMetadataSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const code = issue.code === "custom" ? (issue.params?.code as ImportErrorCode | undefined) : undefined;
  if (code) return new ImportValidationError(file, code, issue.message);
  return new ImportValidationError(file, "METADATA_INVALID", `bad ${source} (${issue.path.join(".") || "entry"}): ${issue.message}`);
}

function asImportError(error: unknown, file: string): ImportValidationError {
  if (error instanceof ImportValidationError) return error;
  if (error instanceof ArticleProblemError) return new ImportValidationError(file, error.code, error.reason);
  throw error;
}
