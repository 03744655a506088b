// Turns the command line's inputs into the list of article files to import,
// each with its folder and metadata, and the problems found on the way: a
// folder without article files, manifest entries that name no file of it.
// Nothing here opens an article file.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { ImportValidationError } from "./errors";
import { entriesWithoutFile, hasFlags, isArticleFileName, loadManifest, metadataFor, type FolderManifest, type MetadataFlags, type MetadataOrProblem } from "./metadata";

export interface PlannedArticle {
  kind: "article";
  file: string;
  /** The folder being imported: symbolic links must stay inside it. */
  folder: string;
  metadata: MetadataOrProblem;
}

export type PlannedStep = PlannedArticle | { kind: "problem"; error: ImportValidationError };

export async function planImport(inputs: string[], flags: MetadataFlags): Promise<PlannedStep[]> {
  const manifests = new Map<string, Promise<FolderManifest | null>>();
  const manifestOf = (folder: string) => {
    const key = path.resolve(folder);
    if (!manifests.has(key)) manifests.set(key, hasFlags(flags) ? Promise.resolve(null) : loadManifest(folder));
    return manifests.get(key)!;
  };
  const steps: PlannedStep[] = [];
  for (const input of inputs) {
    // stat, not open: it follows a link to a folder, and tells a pipe from a file without blocking.
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) steps.push(...(await planFolder(input, flags, await manifestOf(input))));
    else steps.push({ kind: "article", file: input, folder: path.dirname(input), metadata: metadataFor(input, flags, await manifestOf(path.dirname(input))) });
  }
  return steps;
}

async function planFolder(folder: string, flags: MetadataFlags, manifest: FolderManifest | null): Promise<PlannedStep[]> {
  const problem = (error: ImportValidationError): PlannedStep => ({ kind: "problem", error });
  let names: string[];
  try {
    names = (await readdir(folder)).filter(isArticleFileName).sort();
  } catch (error) {
    return [problem(new ImportValidationError(folder, "FILE_UNREADABLE", `the folder cannot be read (${(error as NodeJS.ErrnoException).code})`))];
  }
  const steps: PlannedStep[] = [];
  if (manifest?.unusable) steps.push(problem(manifest.unusable));
  if (manifest) steps.push(...[...manifest.problems, ...entriesWithoutFile(manifest, names)].map(problem));
  if (!names.length) steps.push(problem(new ImportValidationError(folder, "NO_ARTICLE_FILES", "the folder has no article files (names ending in .txt)")));
  for (const name of names) {
    const file = path.join(folder, name);
    steps.push({ kind: "article", file, folder, metadata: metadataFor(file, flags, manifest) });
  }
  return steps;
}
