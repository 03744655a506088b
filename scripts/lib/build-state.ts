// Decides whether `next build` must run before `next start`.
import { promises as fs } from "node:fs";
import path from "node:path";

/** Inputs of the production build; a change to any of them makes .next stale. */
const INPUT_FILES = [
  "prisma/schema.prisma",
  "next.config.ts",
  "postcss.config.mjs",
  "postcss.config.js",
  "postcss.config.cjs",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];
const INPUT_DIRS = ["src"];

async function mtime(file: string): Promise<number | undefined> {
  try {
    return (await fs.stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The newest file under dir whose mtime is after `since`, if any. */
async function newerIn(dir: string, since: number): Promise<string | undefined> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = await newerIn(full, since);
      if (found) return found;
    } else if (((await mtime(full)) ?? 0) > since) {
      return full;
    }
  }
  return undefined;
}

/** Why a build is needed ("no build yet", "src/app/page.tsx changed"), or undefined when .next is current. */
export async function buildNeeded(root: string): Promise<string | undefined> {
  const built = await mtime(path.join(root, ".next", "BUILD_ID"));
  if (built === undefined) return "no production build yet";
  for (const file of INPUT_FILES) {
    if (((await mtime(path.join(root, file))) ?? 0) > built) return `${file} changed since the last build`;
  }
  for (const dir of INPUT_DIRS) {
    const found = await newerIn(path.join(root, dir), built);
    if (found) return `${path.relative(root, found)} changed since the last build`;
  }
  return undefined;
}
