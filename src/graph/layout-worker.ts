// The worker thread of layoutGraphInWorker: lays out the flat arrays it is sent and posts back
// the positions, then the thread ends and its heap, with the layout's garbage, goes with it.
// Between ForceAtlas2 iterations it collects that garbage in full: each iteration leaves a
// Barnes–Hut quadtree behind (a JavaScript array of up to hundreds of MB on a corpus graph), and
// V8 would let several pile up before collecting. This heap holds little else, so collecting is
// cheap (ForceAtlas2 on 300,000 nodes ran in 298 s with it, 368 s without); the heap that holds the
// graph, the main thread's, is collected so only between a build's phases.
import { parentPort } from "node:worker_threads";
import { collectGarbage } from "../collect-garbage.js";
import { layOut, type LayoutInput } from "./layout.js";

if (!parentPort) throw new Error("layout-worker.ts runs as a worker thread");
const port = parentPort;
port.once("message", (input: LayoutInput) => {
  const placed = layOut(input, collectGarbage);
  port.postMessage(placed, [placed.buffer]);
});
