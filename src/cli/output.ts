// Writing the commands' output files: a path that cannot be written is one line naming it and
// why, never a stack trace, and the output folder is checked before the long work starts.
import { accessSync, constants, mkdirSync, writeFileSync } from "node:fs";
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

export function writeOutputFile(path: string, content: string): void {
  try {
    writeFileSync(path, content);
  } catch (error) {
    throw new UserError(`cannot write ${path}: ${reason(error)}`, { cause: error });
  }
}
