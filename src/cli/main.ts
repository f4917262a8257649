// The `newsgraph` command line: one file per command, each thin (parse arguments,
// call the library, print). Exit codes: 0 success, 1 some input or step failed, 2 usage.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, Option } from "commander";
import { UserError } from "../errors.js";
import { buildCommand } from "./build.js";
import { extractCommand } from "./extract.js";
import { nerCommand } from "./ner.js";
import { parseCommand } from "./parse.js";
import { pushCommand } from "./push.js";
import { queryCommand } from "./query.js";
import { exportCommand } from "./export.js";
import { viewCommand } from "./view.js";
import { setVerbosity } from "./log.js";

/** The version in the package's own package.json: the nearest one above this module, from src/cli (tsx) or dist/src/cli (installed). */
function packageVersion(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(folder, "package.json");
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (manifest.name === "newsgraph" && manifest.version) return manifest.version;
    }
    const parent = dirname(folder);
    if (parent === folder) return "unknown";
    folder = parent;
  }
}

const program = new Command("newsgraph")
  .description("Build a typed knowledge graph of people, organisations, places and events from news articles.")
  .version(packageVersion())
  // Global: accepted before or after the command's name.
  .addOption(new Option("-q, --quiet", "say only what failed (no progress, no notes) on stderr").conflicts("verbose"))
  .option("--verbose", "list every note one by one and time each phase")
  .hook("preAction", (_program, action) => setVerbosity(action.optsWithGlobals()))
  .showHelpAfterError()
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));

// Commands register themselves here, one line each.
program.addCommand(extractCommand);
program.addCommand(buildCommand);
program.addCommand(nerCommand);
program.addCommand(parseCommand);
program.addCommand(pushCommand);
program.addCommand(queryCommand);
program.addCommand(exportCommand);
program.addCommand(viewCommand);

// Usage errors exit with 2 in every command, not only at the top level.
for (const command of program.commands) command.exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2)).showHelpAfterError();

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof UserError) {
    process.stderr.write(`newsgraph: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
