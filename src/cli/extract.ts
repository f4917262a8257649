import { Command, Option } from "commander";
import { summarise } from "../graph/summary.js";
import { UserError } from "../errors.js";
import { buildFromPaths, exitCodeFor, parseConfidence } from "./inputs.js";
import { FILE_FORMATS, FILE_FORMAT_NAMES, type FileFormat } from "./formats.js";

export const extractCommand = new Command("extract")
  .description("Extract the graph of one article (a file, a JSONL feed, or - for stdin) and print it")
  .argument("<file>", "article file, folder, JSONL feed, or - for stdin")
  .addOption(new Option("-f, --format <format>", "output format").choices([...FILE_FORMAT_NAMES, "summary"]).default("graphology"))
  .option("--min-confidence <number>", "drop nodes and relations below this confidence (0-1)", parseConfidence, 0)
  .action(async (file: string, options: { format: FileFormat | "summary"; minConfidence: number }) => {
    const report = await buildFromPaths([file], { minConfidence: options.minConfidence });
    // Nothing on stdout when nothing was extracted: an empty graph would pass for a result.
    if (report.articles === 0) throw new UserError("no article could be processed; nothing written");
    const pieces = options.format === "summary" ? [summarise(report.graph)] : FILE_FORMATS[options.format].chunks(report.graph.export());
    for (const piece of pieces) process.stdout.write(piece);
    process.exitCode = exitCodeFor(report);
  });
