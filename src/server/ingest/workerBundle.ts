// The extraction worker's script: ./extractionWorker.ts and the extraction code it imports, bundled by
// esbuild into one script (the worker then starts in about half a second; loading the TypeScript through tsx
// took 2 to 6 s, decision 0020). Bundling itself took 0.3–1.5 s of every import's start, a large part of a
// 100-article run (decision 0300), so the bundle is kept in node_modules/.cache with the size and
// modification time of every file and folder that went into it, and reused while none of them has changed.
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, version as esbuildVersion } from "esbuild";

const ENTRY = fileURLToPath(new URL("./extractionWorker.ts", import.meta.url));
/** The project: this file is src/server/ingest/workerBundle.ts. */
const ROOT = path.resolve(path.dirname(ENTRY), "../../..");
/** A file changed this recently may have changed while it was bundled: such a bundle is not kept. */
const SETTLED_MS = 2_000;

/** What to bundle and where to keep it (tests bundle a small entry of their own). */
export interface BundleTarget {
  entry: string;
  /** The project the entry belongs to: its tsconfig.json and package.json change how imports resolve. */
  root: string;
  cacheFile: string;
}

export const EXTRACTION_WORKER: BundleTarget = { entry: ENTRY, root: ROOT, cacheFile: path.join(ROOT, "node_modules", ".cache", "nato-tracker", "extraction-worker.json") };

/** A path's size and modification time; -1 for both when it does not exist (it may appear). */
type Stamp = [file: string, size: number, mtimeMs: number];
interface CachedBundle {
  esbuild: string;
  entry: string;
  stamps: Stamp[];
  code: string;
}

export async function extractionWorkerScript(target: BundleTarget = EXTRACTION_WORKER): Promise<string> {
  const cached = await readCache(target);
  if (cached) return cached;
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
  const files = Object.keys(result.metafile.inputs).map((file) => path.resolve(target.root, file));
  // Without the cache an import is only slower: a cache that cannot be written is no error.
  await writeCache(target, code, files, started).catch(() => undefined);
  return code;
}

/** Every input file, the folders holding them (a file added there may resolve instead) and the settings. */
const watchedPaths = (target: BundleTarget, files: string[]) =>
  [...new Set([...files, ...files.map((file) => path.dirname(file)), ...["tsconfig.json", "package.json"].map((name) => path.join(target.root, name))])].sort();

const stampsOf = (paths: string[]): Promise<Stamp[]> =>
  Promise.all(paths.map(async (file): Promise<Stamp> => {
    const info = await fs.stat(file).catch(() => null);
    return info ? [file, info.size, info.mtimeMs] : [file, -1, -1];
  }));

/** The kept bundle when every path it was built from is as it was then; null otherwise (or unreadable). */
async function readCache(target: BundleTarget): Promise<string | null> {
  try {
    const cached = JSON.parse(await fs.readFile(target.cacheFile, "utf8")) as CachedBundle;
    if (cached.esbuild !== esbuildVersion || cached.entry !== target.entry || typeof cached.code !== "string") return null;
    const now = await stampsOf(cached.stamps.map(([file]) => file));
    return now.every((stamp, k) => stamp.join("\n") === cached.stamps[k].join("\n")) ? cached.code : null;
  } catch {
    return null;
  }
}

async function writeCache(target: BundleTarget, code: string, files: string[], started: number): Promise<void> {
  const stamps = await stampsOf(watchedPaths(target, files));
  if (stamps.some(([, , mtimeMs]) => mtimeMs > started - SETTLED_MS)) return;
  await fs.mkdir(path.dirname(target.cacheFile), { recursive: true });
  const temporary = `${target.cacheFile}.${process.pid}.tmp`;
  await fs.writeFile(temporary, JSON.stringify({ esbuild: esbuildVersion, entry: target.entry, stamps, code } satisfies CachedBundle));
  await fs.rename(temporary, target.cacheFile); // whole or not at all, should two imports start together
}
