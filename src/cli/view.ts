// `newsgraph view OUT/graph.json`: serves the viewer page for a built graph on 127.0.0.1.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { UserError } from "../errors.js";
import { createGraph, type SerializedNewsGraph } from "../graph/index.js";
import { layoutGraph } from "../graph/layout.js";
import { renderViewerPage } from "../io/viewer-page.js";

const DEFAULT_PORT = 8700;
/** The only Host names the viewer answers: a page that reached it under another name (DNS rebinding) gets 403. */
const LOCAL_HOST_NAMES = ["127.0.0.1", "localhost"];

/** A Host header naming this machine, with no port or the viewer's own. */
export function isLocalHost(host: string | undefined, port: number): boolean {
  const match = /^([^:]+)(?::(\d+))?$/.exec(host?.toLowerCase() ?? "");
  return match !== null && LOCAL_HOST_NAMES.includes(match[1]) && (match[2] === undefined || Number(match[2]) === port);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InvalidArgumentError("a port is a whole number from 0 to 65535");
  return port;
}

function readGraphJson(path: string): SerializedNewsGraph {
  let file = path;
  try {
    if (statSync(path).isDirectory()) file = join(path, "graph.json");
    return JSON.parse(readFileSync(file, "utf8")) as SerializedNewsGraph;
  } catch (error) {
    throw new UserError(`cannot read the graph ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** A graph.json from before the build wrote positions still opens: it is laid out here. */
function withPositions(serialized: SerializedNewsGraph): SerializedNewsGraph {
  const placed = serialized.nodes.every(({ attributes }) => Number.isFinite(attributes?.x) && Number.isFinite(attributes?.y));
  if (placed) return serialized;
  const graph = createGraph();
  graph.import(serialized);
  layoutGraph(graph);
  return graph.export();
}

export const viewCommand = new Command("view")
  .description("Serve the interactive viewer for a built graph on http://127.0.0.1")
  .argument("<graph>", "the graph.json that `newsgraph build` wrote (or its folder)")
  .option("-p, --port <number>", "port to listen on (0 picks a free one)", parsePort, DEFAULT_PORT)
  .addHelpText("after", "\nExample: newsgraph view out/graph.json --port 8080\nThe same page is written as index.html by `newsgraph build`; it also opens from file://.")
  .action(async (path: string, options: { port: number }) => {
    const page = renderViewerPage(withPositions(readGraphJson(path)));
    const server = createServer((request, response) => {
      const port = (server.address() as AddressInfo).port;
      if (!isLocalHost(request.headers.host, port)) {
        response.writeHead(403, { "content-type": "text/plain; charset=utf-8" }).end(`forbidden: ask for http://127.0.0.1:${port}/\n`);
        return;
      }
      const requestPath = (request.url ?? "/").split("?")[0];
      // HEAD gets the headers alone: Node leaves the body out.
      if ((request.method !== "GET" && request.method !== "HEAD") || (requestPath !== "/" && requestPath !== "/index.html")) {
        response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
        return;
      }
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(page);
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", (error: NodeJS.ErrnoException) =>
        reject(new UserError(error.code === "EADDRINUSE" ? `port ${options.port} is in use; pick another with --port` : error.message)),
      );
      server.listen(options.port, "127.0.0.1", resolve);
    });
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : options.port;
    process.stdout.write(`newsgraph: viewer at http://127.0.0.1:${port}/ (Ctrl+C to stop)\n`);
  });
