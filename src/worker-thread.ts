// Starting a worker thread on one of the project's modules, compiled or not.
import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";

/** The TypeScript source of a compiled module's URL, which tests run instead. */
const sourceOf = (compiled: URL) => new URL(compiled.href.replace(/\.js$/, ".ts"));

/** Whether the module at `compiled` (a .js URL beside the caller) is there to run, compiled or as source. */
export function canStartWorker(compiled: URL): boolean {
  return existsSync(compiled) || existsSync(sourceOf(compiled));
}

/** A worker thread running the module at `compiled`: the compiled file where there is one (the CLI runs dist/), else its source. */
export function startWorker(compiled: URL): Worker {
  if (existsSync(compiled)) return new Worker(compiled);
  // Worker threads refuse a .ts entry point; a one-line entry registers tsx first.
  return new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(sourceOf(compiled).href)}); });`, { eval: true });
}
