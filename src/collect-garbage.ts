// A full garbage collection on demand, without starting Node with --expose-gc: the flag is set
// at run time and `gc` taken from a fresh context, where V8 then installs it.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | undefined;

/** Collects this thread's heap in full. */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
}
