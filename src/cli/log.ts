// What the commands say on stderr, at the verbosity --quiet / --verbose chose: failures always;
// notes and progress unless --quiet; every note one by one, and each phase's time, with --verbose.
import { performance } from "node:perf_hooks";

export type Verbosity = "quiet" | "normal" | "verbose";

let verbosity: Verbosity = "normal";

export function setVerbosity(options: { quiet?: boolean; verbose?: boolean }): void {
  verbosity = options.quiet ? "quiet" : options.verbose ? "verbose" : "normal";
}

export const isQuiet = () => verbosity === "quiet";
export const isVerbose = () => verbosity === "verbose";

const write = (line: string) => process.stderr.write(`newsgraph: ${line}\n`);

/** A failed input or step: always said. */
export function failure(line: string): void {
  write(line);
}

/** Progress and notes: not with --quiet. */
export function info(line: string): void {
  if (!isQuiet()) write(line);
}

/** Details: only with --verbose. */
export function detail(line: string): void {
  if (isVerbose()) write(line);
}

/** Runs one phase of a long job, saying so first (and, with --verbose, how long it took). */
export async function phase<T>(what: string, run: () => T | Promise<T>): Promise<T> {
  info(`${what}…`);
  const started = performance.now();
  const result = await run();
  detail(`${what}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}
