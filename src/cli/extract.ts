import { Command, Option } from "commander";
import { toGraphML } from "../io/graphml.js";
import { summarise } from "../graph/summary.js";
import { buildFromPaths, exitCodeFor, parseConfidence } from "./inputs.js";

export const extractCommand = new Command("extract")
  .description("Extract the graph of one article (a file, a JSONL feed, or - for stdin) and print it")
  .argument("<file>", "article file, folder, JSONL feed, or - for stdin")
  .addOption(new Option("-f, --format <format>", "output format").choices(["graphology", "graphml", "summary"]).default("graphology"))
  .option("--min-confidence <number>", "drop nodes and relations below this confidence (0-1)", parseConfidence, 0)
  .action(async (file: string, options: { format: string; minConfidence: number }) => {
    const report = await buildFromPaths([file], options.minConfidence);
    const serialized = report.graph.export();
    const output =
      options.format === "graphml" ? toGraphML(serialized) : options.format === "summary" ? summarise(report.graph) : `${JSON.stringify(serialized)}\n`;
    process.stdout.write(output);
    process.exitCode = exitCodeFor(report);
  });
