// The extraction worker's script: ./extractionWorker.ts and the extraction code it imports, bundled by
// esbuild into one script (the worker then starts in about half a second; loading the TypeScript through tsx
// took 2 to 6 s, decision 0020). Bundling itself took 0.3–1.5 s of every import's start, a large part of a
// 100-article run (decision 0300), so the bundle is kept in node_modules/.cache with the size and
// modification time of every file and folder that went into it, and reused while none of them has changed.
// The bundle is a file of its own, named by its content, and the index beside it is small (decision 0445):
// the worker can start from the kept file at once, while the index's stamps are checked.
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, version as esbuildVersion } from "esbuild";

const ENTRY = fileURLToPath(new URL("./extractionWorker.ts", import.meta.url));
/** The project: this file is src/server/ingest/workerBundle.ts. */
const ROOT = path.resolve(path.dirname(ENTRY), "../../..");
/** A file changed this recently may have changed while it was bundled: such a bundle is not kept. */
const SETTLED_MS = 2_000;
/** Bundles no index names are removed once this old (an import started before may still be reading one). */
const STALE_MS = 3_600_000;

/** What to bundle and where to keep it (tests bundle a small entry of their own). */
export interface BundleTarget {
  entry: string;
  /** The project the entry belongs to: its tsconfig.json and package.json change how imports resolve. */
  root: string;
  /** The index: the kept bundle's file name and the stamps of its inputs. The bundles go beside it. */
  cacheFile: string;
}

export const EXTRACTION_WORKER: BundleTarget = { entry: ENTRY, root: ROOT, cacheFile: path.join(ROOT, "node_modules", ".cache", "nato-tracker", "extraction-worker.json") };

/** A path's size and modification time; -1 for both when it does not exist (it may appear). */
type Stamp = [file: string, size: number, mtimeMs: number];
interface BundleIndex {
  esbuild: string;
  entry: string;
  stamps: Stamp[];
  /** The bundle's file name, beside the index: its content's hash, so a kept file never changes. */
  bundle: string;
}

/** The kept bundle's path, and whether every path it was built from is still as it was then. */
export interface KeptBundle {
  file: string;
  current: Promise<boolean>;
}

/** The path of the worker's script: the kept bundle while its inputs are unchanged, else a new one. */
export async function extractionWorkerBundle(target: BundleTarget = EXTRACTION_WORKER): Promise<string> {
  const kept = await keptBundle(target);
  if (kept && (await kept.current)) return kept.file;
  return buildBundle(target);
}

/**
 * The bundle named by the index, before its stamps are checked (`current`), so that a worker can start from
 * it meanwhile; null when there is no usable index. Never rejects (`current` neither).
 */
export async function keptBundle(target: BundleTarget = EXTRACTION_WORKER): Promise<KeptBundle | null> {
  try {
    const index = JSON.parse(await fs.readFile(target.cacheFile, "utf8")) as BundleIndex;
    if (index.esbuild !== esbuildVersion || index.entry !== target.entry || typeof index.bundle !== "string" || !Array.isArray(index.stamps)) return null;
    const file = path.join(path.dirname(target.cacheFile), path.basename(index.bundle));
    const current = stampsOf(index.stamps.map(([stamped]) => stamped)).then(
      (now) => now.every((stamp, k) => stamp.join("\n") === index.stamps[k].join("\n")),
      () => false,
    );
    return { file, current };
  } catch {
    return null;
  }
}

/** Bundles the entry into a file beside the index (kept when its inputs had settled) and returns its path. */
export async function buildBundle(target: BundleTarget = EXTRACTION_WORKER): Promise<string> {
  const started = Date.now();
  const result = await build({
    entryPoints: [target.entry],
    absWorkingDir: target.root,
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "silent",
  });
  const code = result.outputFiles[0].text;
  const dir = path.dirname(target.cacheFile);
  const name = `${path.basename(target.cacheFile, ".json")}-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.cjs`;
  const file = path.join(dir, name);
  // Stamped before anything is written: the cache's folder may be one of the watched paths.
  const stamps = await stampsOf(watchedPaths(target, Object.keys(result.metafile.inputs).map((input) => path.resolve(target.root, input))));
  await fs.mkdir(dir, { recursive: true });
  await writeWhole(file, code);
  // Without the index an import is only slower: one that cannot be written is no error.
  await writeIndex(target, name, stamps, started).catch(() => undefined);
  return file;
}

/** Every input file, the folders holding them (a file added there may resolve instead) and the settings. */
const watchedPaths = (target: BundleTarget, files: string[]) =>
  [...new Set([...files, ...files.map((file) => path.dirname(file)), ...["tsconfig.json", "package.json"].map((name) => path.join(target.root, name))])].sort();

const stampsOf = (paths: string[]): Promise<Stamp[]> =>
  Promise.all(paths.map(async (file): Promise<Stamp> => {
    const info = await fs.stat(file).catch(() => null);
    return info ? [file, info.size, info.mtimeMs] : [file, -1, -1];
  }));

async function writeIndex(target: BundleTarget, bundle: string, stamps: Stamp[], started: number): Promise<void> {
  if (stamps.some(([, , mtimeMs]) => mtimeMs > started - SETTLED_MS)) return;
  await writeWhole(target.cacheFile, JSON.stringify({ esbuild: esbuildVersion, entry: target.entry, stamps, bundle } satisfies BundleIndex));
  await removeStale(target, bundle);
}

/** Whole or not at all, should two imports write the same file together. */
async function writeWhole(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, content);
  await fs.rename(temporary, file);
}

/** Older bundles of this target (and the code caches kept beside them) that no index names any more. */
async function removeStale(target: BundleTarget, current: string): Promise<void> {
  const dir = path.dirname(target.cacheFile);
  const prefix = `${path.basename(target.cacheFile, ".json")}-`;
  for (const name of await fs.readdir(dir)) {
    if (!name.startsWith(prefix) || name.startsWith(current)) continue;
    const info = await fs.stat(path.join(dir, name)).catch(() => null);
    if (info && info.mtimeMs < Date.now() - STALE_MS) await fs.rm(path.join(dir, name), { force: true });
  }
}
