// A full garbage collection on demand, without starting Node with --expose-gc: the flag is set
// at run time and `gc` taken from a fresh context, where V8 then installs it.
import { getHeapStatistics, setFlagsFromString } from "node:v8";
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

/**
 * Below this much heap in use a collection is not worth its cost: marking the loaded models alone
 * takes about 70 ms (seeds/ built 0.6 s slower when every phase collected), and garbage in a heap
 * this small does not decide a build's peak.
 */
export const LARGE_HEAP_BYTES = 1024 ** 3;

/** Collects this thread's heap in full when it uses more than LARGE_HEAP_BYTES. */
export function collectLargeHeap(): void {
  if (getHeapStatistics().used_heap_size > LARGE_HEAP_BYTES) collectGarbage();
}
