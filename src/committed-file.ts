// Data and models committed in the source tree (src/<stage>/models, src/<stage>/data) are read at
// run time from beside the module: in src/ when running from the sources, and, when running
// compiled from dist/src/, from the package's src/ (the package ships them there, not in dist).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The first existing path for `relative` next to the module at `moduleUrl`, then next to its source (path undefined when neither exists). */
export function committedFile(moduleUrl: string, relative: string): { path?: string; lookedIn: string[] } {
  const beside = fileURLToPath(new URL(relative, moduleUrl));
  const source = fileURLToPath(new URL(relative, moduleUrl.replace("/dist/src/", "/src/")));
  const lookedIn = beside === source ? [beside] : [beside, source];
  return { path: lookedIn.find((path) => existsSync(path)), lookedIn };
}
