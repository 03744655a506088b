// Reads an article or manifest file only when it is a regular file inside the
// folder being imported. Symbolic links are resolved and must stay inside that
// folder; pipes, devices, sockets and directories are refused after lstat/stat,
// without being opened, so a named pipe can never block the import.
import { constants, type Stats } from "node:fs";
import { lstat, open, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { ImportValidationError } from "./errors";

/** The bytes of `file`, at most `maxBytes` of them; `folder` is the folder being imported. */
export async function readFileSafely(file: string, folder: string, maxBytes: number): Promise<Buffer> {
  const target = await regularFileInside(file, folder);
  const info = await stat(target).catch((error: NodeJS.ErrnoException) => fail(file, error));
  checkRegular(file, info, maxBytes);
  // O_NONBLOCK and O_NOFOLLOW: should the file be swapped for a pipe or a link after the
  // checks above, opening neither blocks nor follows it, and fstat below catches the swap.
  const handle = await open(target, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW).catch((error: NodeJS.ErrnoException) => fail(file, error));
  try {
    const opened = await handle.stat();
    checkRegular(file, opened, maxBytes);
    // Sized by the file, not by the limit (zero-filling a megabyte for every article showed in the
    // importer's profile, decision 0255); one byte more, and grown up to the limit, to catch a file growing.
    let buffer = Buffer.alloc(opened.size + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length <= maxBytes; length += read) {
      if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.alloc(Math.min(buffer.length, maxBytes + 1 - buffer.length))]);
      ({ bytesRead: read } = await handle.read(buffer, length, buffer.length - length, length));
    }
    if (length > maxBytes) throw tooLarge(file, length, maxBytes);
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** The path to open: the file itself, or the target of a link that stays inside `folder`. */
async function regularFileInside(file: string, folder: string): Promise<string> {
  const link = await lstat(file).catch((error: NodeJS.ErrnoException) => fail(file, error));
  if (!link.isSymbolicLink()) return file;
  const target = await realpath(file).catch((error: NodeJS.ErrnoException) => fail(file, error, true));
  const home = await realpath(folder).catch(() => path.resolve(folder));
  const relative = path.relative(home, target);
  if (relative.startsWith("..") || path.isAbsolute(relative)) {
    throw new ImportValidationError(file, "SYMLINK_OUTSIDE_FOLDER", `is a symbolic link to ${target}, outside the imported folder ${home}; links are followed only inside it`);
  }
  return target;
}

function checkRegular(file: string, info: Stats, maxBytes: number): void {
  if (!info.isFile()) throw new ImportValidationError(file, "NOT_REGULAR_FILE", `is ${kindOf(info)}, not a regular file`);
  if (info.size > maxBytes) throw tooLarge(file, info.size, maxBytes);
}

function tooLarge(file: string, size: number, maxBytes: number): ImportValidationError {
  const bytes = (n: number) => n.toLocaleString("en-US");
  return new ImportValidationError(file, "TOO_LARGE", `the file has ${bytes(size)} bytes; at most ${bytes(maxBytes)} are accepted`);
}

export function kindOf(info: Stats): string {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  if (info.isSymbolicLink()) return "a symbolic link";
  return "a special file";
}

function fail(file: string, error: NodeJS.ErrnoException, viaLink = false): never {
  if (error.code === "ENOENT") throw new ImportValidationError(file, "FILE_MISSING", viaLink ? "is a symbolic link to a file that does not exist" : "no such file");
  if (error.code === "ELOOP") throw new ImportValidationError(file, "FILE_UNREADABLE", "is a loop of symbolic links");
  if (error.code === "EISDIR") throw new ImportValidationError(file, "NOT_REGULAR_FILE", "is a directory, not a regular file");
  throw new ImportValidationError(file, "FILE_UNREADABLE", `cannot be read (${error.code ?? error.message})`);
}
