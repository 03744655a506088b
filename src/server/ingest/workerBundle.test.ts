import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { extractionWorkerBundle, keptBundle, type BundleTarget } from "./workerBundle";

/** Sets a file's times an hour back: a file changed in the last seconds is not trusted into the cache. */
const settle = async (file: string) => {
  const past = new Date(Date.now() - 3_600_000);
  await fs.utimes(file, past, past);
};

/** The worker's script as an import would start it. */
const extractionWorkerScript = async (target: BundleTarget) => fs.readFile(await extractionWorkerBundle(target), "utf8");

describe("the extraction worker's bundle cache", () => {
  let dir: string;
  let target: BundleTarget;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "worker-bundle-"));
    await fs.mkdir(path.join(dir, "lib"));
    await fs.writeFile(path.join(dir, "lib", "word.ts"), `export const word = "first";\n`);
    await fs.writeFile(path.join(dir, "entry.ts"), `import { word } from "./lib/word";\nconsole.log(word);\n`);
    for (const file of ["lib/word.ts", "entry.ts", "lib", "."]) await settle(path.join(dir, file));
    target = { entry: path.join(dir, "entry.ts"), root: dir, cacheFile: path.join(dir, "cache", "bundle.json") };
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("bundles once, then serves the kept bundle while no input has changed", async () => {
    const first = await extractionWorkerScript(target);
    expect(first).toContain('"first"');
    const kept = await fs.stat(target.cacheFile);
    // A bundle read from the cache, not rebuilt: the cache file is not written again.
    expect(await extractionWorkerScript(target)).toBe(first);
    expect((await fs.stat(target.cacheFile)).mtimeMs).toBe(kept.mtimeMs);
  });

  it("bundles again when an input changes", async () => {
    await extractionWorkerScript(target);
    await fs.writeFile(path.join(dir, "lib", "word.ts"), `export const word = "second";\n`);
    expect(await extractionWorkerScript(target)).toContain('"second"');
  });

  it("bundles again when a file appears that the imports may now resolve to", async () => {
    await extractionWorkerScript(target);
    await fs.writeFile(path.join(dir, "tsconfig.json"), `{}\n`);
    await settle(path.join(dir, "tsconfig.json"));
    await fs.writeFile(path.join(dir, "lib", "word.ts"), `export const word = "third";\n`);
    await settle(path.join(dir, "lib", "word.ts"));
    await settle(path.join(dir, "lib"));
    // Same size and time as before would be missed; the new tsconfig.json alone invalidates the bundle.
    expect(await extractionWorkerScript(target)).toContain('"third"');
  });

  it("does not keep a bundle of files changed while it was built", async () => {
    await fs.writeFile(path.join(dir, "lib", "word.ts"), `export const word = "fresh";\n`);
    expect(await extractionWorkerScript(target)).toContain('"fresh"');
    await expect(fs.stat(target.cacheFile)).rejects.toThrow();
  });

  it("names the kept bundle before its inputs are checked, and says when one has changed", async () => {
    expect(await keptBundle(target)).toBeNull();
    await fs.mkdir(path.dirname(target.cacheFile)); // the cache's folder is in the project's: made (and settled) before
    await settle(dir);
    const file = await extractionWorkerBundle(target);
    const kept = await keptBundle(target);
    expect(kept?.file).toBe(file);
    expect(await kept?.current).toBe(true);
    await fs.writeFile(path.join(dir, "lib", "word.ts"), `export const word = "changed";\n`);
    expect(await (await keptBundle(target))?.current).toBe(false);
    // The old bundle stays readable (an import may be starting from it); the new one is another file.
    expect(await fs.readFile(file, "utf8")).toContain('"first"');
    expect(await extractionWorkerBundle(target)).not.toBe(file);
  });

  it("treats an unreadable cache as none", async () => {
    await fs.mkdir(path.dirname(target.cacheFile), { recursive: true });
    await fs.writeFile(target.cacheFile, "{ not json");
    expect(await extractionWorkerScript(target)).toContain('"first"');
  });
});
