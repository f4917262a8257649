// Clear failures at the command line (issue #14): an output path that cannot be written is one
// line naming it, a named pipe in a folder of articles is skipped with a note instead of blocking
// the build, and the viewer answers only to this machine's names.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildGraph, readInputs } from "../../src/index.js";
import { createPrivateFolders, localServerPaths } from "../../src/io/neo4j/localServer.js";

const workDir = mkdtempSync(join(tmpdir(), "cli-failures-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const SEED = "seeds/hazara-miners-2021.txt";
// From the sources, so the test checks this checkout, not the last `npm run build`.
const CLI = ["--import", "tsx", "src/cli/main.ts"];

function newsgraph(args: string[], timeout = 60_000) {
  return spawnSync(process.execPath, [...CLI, ...args], { encoding: "utf8", timeout });
}

function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe("build --out that cannot be written", () => {
  it("names the path on one line and exits 1 when a part of it is a file", () => {
    const file = join(workDir, "a-file");
    writeFileSync(file, "");
    const result = newsgraph(["build", SEED, "--out", join(file, "out"), "--no-neo4j", "--jobs", "1"]);
    expect(result.status).toBe(1);
    expectOneLine(result.stderr, new RegExp(`^newsgraph: cannot write to the output folder ${join(file, "out")}: a part of the path is a file, not a folder \\(ENOTDIR\\)$`));
  });

  it("names the file on one line and exits 1 when an output file cannot be written", () => {
    const out = join(workDir, "blocked");
    mkdirSync(join(out, "graph.json"), { recursive: true });
    const result = newsgraph(["build", SEED, "--out", out, "--no-neo4j", "--jobs", "1"]);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr.trim().split("\n").at(-1)).toBe(`newsgraph: cannot write ${join(out, "graph.json")}: it is a folder (EISDIR)`);
  });
});

describe("a named pipe in a folder of articles", () => {
  it("is skipped with a note; the build does not wait on it", () => {
    const folder = join(workDir, "with-pipe");
    mkdirSync(folder);
    writeFileSync(join(folder, "story.txt"), "Tony Blair spoke in London.");
    expect(spawnSync("mkfifo", [join(folder, "pipe.txt")]).status).toBe(0);
    const result = newsgraph(["extract", folder, "--format", "summary"], 30_000);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
    expectOneLine(result.stderr, new RegExp(`^newsgraph: note: ${join(folder, "pipe.txt")}: skipped: a named pipe, not a regular file$`));
    expect(result.stdout).toMatch(/Tony Blair/);
  });
});

describe("the local Neo4j's folders", () => {
  it("are open to their owner only, also when an earlier version made them", () => {
    const paths = localServerPaths(workDir);
    mkdirSync(paths.logs, { recursive: true, mode: 0o755 });
    createPrivateFolders(paths);
    for (const folder of [paths.home, paths.data, paths.logs]) expect((statSync(folder).mode & 0o777).toString(8)).toBe("700");
  });
});

describe("newsgraph view", () => {
  function get(port: number, host: string, method = "GET", path = "/"): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, method, path, headers: { host } }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode!, body }));
      });
      req.on("error", reject).end();
    });
  }

  it("answers 127.0.0.1 and localhost, with HEAD and query strings, and refuses any other Host", async () => {
    const graphFile = join(workDir, "graph.json");
    writeFileSync(graphFile, JSON.stringify(buildGraph(readInputs([SEED], () => new Uint8Array())).graph.export()));
    const server = spawn(process.execPath, [...CLI, "view", graphFile, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        server.stdout.on("data", (chunk: Buffer) => {
          const match = /127\.0\.0\.1:(\d+)/.exec(chunk.toString());
          if (match) resolve(Number(match[1]));
        });
        server.on("exit", () => reject(new Error("the viewer exited")));
      });
      expect((await get(port, `127.0.0.1:${port}`)).status).toBe(200);
      expect((await get(port, `localhost:${port}`, "GET", "/index.html?node=x")).body).toMatch(/^<!doctype html>/i);
      expect(await get(port, `localhost:${port}`, "HEAD")).toEqual({ status: 200, body: "" });
      expect((await get(port, `attacker.example:${port}`)).status).toBe(403);
      expect((await get(port, `127.0.0.1.attacker.example:${port}`)).status).toBe(403);
      expect((await get(port, `localhost:${port + 1}`)).status).toBe(403);
    } finally {
      server.kill();
    }
  }, 60_000);
});
