// Writing the commands' output files: a path that cannot be written is one line naming it and
// why, never a stack trace, and the output folder is checked before the long work starts.
import { accessSync, closeSync, constants, mkdirSync, openSync, writeSync } from "node:fs";
import { UserError } from "../errors.js";

/** What the usual file-system refusals mean, in words. */
const WHY: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EEXIST: "a file of that name is in the way",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ? `${WHY[code] ?? code} (${code})` : String(error);
}

/** Creates the folder (and its parents) and checks that it can be written in. */
export function prepareOutputFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw new UserError(`cannot write to the output folder ${folder}: ${reason(error)}`, { cause: error });
  }
}

/** Output text is gathered into writes of about this many characters: a corpus graph's text is never one string. */
export const OUTPUT_WRITE_CHARS = 1024 * 1024;

/** Runs one file-system step on `path`; a refusal is one line naming the path and why. */
function onPath<T>(path: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new UserError(`cannot write ${path}: ${reason(error)}`, { cause: error });
  }
}

/** Writes a file from a text or from its pieces, as they come, in writes of about `writeChars` characters. */
export function writeOutputFile(path: string, content: string | Iterable<string>, writeChars = OUTPUT_WRITE_CHARS): void {
  const fd = onPath(path, () => openSync(path, "w"));
  try {
    let pending: string[] = [];
    let pendingChars = 0;
    const flush = () => {
      onPath(path, () => writeSync(fd, pending.join("")));
      pending = [];
      pendingChars = 0;
    };
    for (const piece of typeof content === "string" ? [content] : content) {
      pending.push(piece);
      pendingChars += piece.length;
      if (pendingChars >= writeChars) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
}
