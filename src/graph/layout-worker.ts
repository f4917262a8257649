// The worker thread of layoutGraphInWorker: lays out the flat arrays it is sent and posts back
// the positions, then the thread ends and its heap, with the layout's garbage, goes with it.
import { parentPort } from "node:worker_threads";
import { layOut, type LayoutInput } from "./layout.js";

if (!parentPort) throw new Error("layout-worker.ts runs as a worker thread");
const port = parentPort;
port.once("message", (input: LayoutInput) => {
  const placed = layOut(input);
  port.postMessage(placed, [placed.buffer]);
});
