#!/usr/bin/env node
// `newsgraph build` re-runs itself with a heap that fits a large corpus (src/cli/heap.ts);
// every other command, and a build that already has such a heap, runs here.
import { spawn } from "node:child_process";
import { constants, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { getHeapStatistics } from "node:v8";
import { buildNodeOptions } from "../dist/src/cli/heap.js";

const nodeOptions = buildNodeOptions({
  args: process.argv.slice(2),
  nodeOptions: [...process.execArgv, process.env.NODE_OPTIONS ?? ""],
  totalMemory: totalmem(),
  heapLimit: getHeapStatistics().heap_size_limit,
});
if (nodeOptions === undefined) {
  await import("../dist/src/cli/main.js");
} else {
  const child = spawn(process.execPath, [...nodeOptions, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? 128 + constants.signals[signal]));
}
