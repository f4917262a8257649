// The project's own Neo4j: Neo4j 5.26 LTS Community, resolved from Maven Central by
// scripts/neo4j/pom.xml and run as an embedded DBMS with Bolt on 127.0.0.1:7687 by the tiny
// launcher in scripts/neo4j/src. Everything it writes lives under the git-ignored `.neo4j/`.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { UserError } from "../../errors.js";

export const LOCAL_BOLT_URI = "bolt://127.0.0.1:7687";
export const LOCAL_USERNAME = "neo4j";
/** Used when NEO4J_PASSWORD is unset; only ever on the loopback-only local server. */
export const DEFAULT_LOCAL_PASSWORD = "newsgraph-local";
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

// JVM options after Neo4j's own launcher defaults (server.jvm.additional), with a modest heap.
const JVM_OPTIONS = [
  "-Xms512m",
  "-Xmx2g",
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+AlwaysPreTouch",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "-Dfile.encoding=UTF-8",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
];

function findProjectRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, "scripts", "neo4j", "pom.xml"))) {
    const parent = dirname(directory);
    if (parent === directory) throw new UserError("cannot find scripts/neo4j/pom.xml above " + fileURLToPath(import.meta.url));
    directory = parent;
  }
  return directory;
}

export interface LocalServerPaths {
  root: string;
  home: string;
  data: string;
  logs: string;
  consoleLog: string;
  importDir: string;
  pidFile: string;
  readyFile: string;
  classpathFile: string;
  classesDir: string;
  buildStamp: string;
  pom: string;
  config: string;
  launcherSource: string;
}

export function localServerPaths(root = findProjectRoot()): LocalServerPaths {
  const home = join(root, ".neo4j");
  const scripts = join(root, "scripts", "neo4j");
  return {
    root,
    home,
    data: join(home, "data"),
    logs: join(home, "logs"),
    consoleLog: join(home, "logs", "console.log"),
    importDir: join(home, "import"),
    pidFile: join(home, "run", "neo4j.pid"),
    readyFile: join(home, "run", "ready"),
    classpathFile: join(home, "classpath.txt"),
    classesDir: join(home, "classes"),
    buildStamp: join(home, "build.stamp"),
    pom: join(scripts, "pom.xml"),
    config: join(scripts, "neo4j.conf"),
    launcherSource: join(scripts, "src", "newsgraph", "LocalNeo4jServer.java"),
  };
}

export function localPassword(env: NodeJS.ProcessEnv = process.env): string {
  return env.NEO4J_PASSWORD || DEFAULT_LOCAL_PASSWORD;
}

const NO_JAVA =
  "the local Neo4j needs Java 17 or newer and `java` was not found: install it (Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`, " +
  "macOS: `brew install openjdk@17`, or https://adoptium.net) or set NEO4J_URI to use a Neo4j 5 you already run (see docs/neo4j.md)";

function checkJava(): void {
  const result = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (result.error) throw new UserError(NO_JAVA);
  const version = /version "(\d+)/.exec(result.stderr)?.[1];
  if (version !== undefined && Number(version) < 17) {
    throw new UserError(`the local Neo4j needs Java 17 or newer, found Java ${version}: ${NO_JAVA.split(": ").slice(1).join(": ")}`);
  }
}

function run(command: string, args: string[], what: string, cwd: string): void {
  const result = spawnSync(command, args, { encoding: "utf8", cwd, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    const install = command === "mvn" ? " (Debian/Ubuntu: `apt-get install maven`, macOS: `brew install maven`)" : "";
    throw new UserError(`${what} needs \`${command}\`, which was not found${install}; or set NEO4J_URI to use a Neo4j 5 you already run`);
  }
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-5).join(" | ");
    throw new UserError(`${what} failed (${command} exited ${result.status}): ${output}`);
  }
}

/** The server's folders, open to their owner only: the store and the logs hold the articles' text. */
export function createPrivateFolders(paths: LocalServerPaths): void {
  for (const folder of [paths.home, paths.data, paths.logs, paths.importDir, dirname(paths.pidFile)]) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    // Also a folder an earlier version created with the default mode.
    chmodSync(folder, 0o700);
  }
}

/** Resolves Neo4j from Maven Central and compiles the launcher, once; cached until pom, launcher or Java change. */
function prepareLauncher(paths: LocalServerPaths, log: (line: string) => void): void {
  const javaVersion = spawnSync("java", ["-version"], { encoding: "utf8" }).stderr;
  const stamp = createHash("sha256")
    .update(readFileSync(paths.pom))
    .update(readFileSync(paths.launcherSource))
    .update(javaVersion)
    .digest("hex");
  if (existsSync(paths.buildStamp) && readFileSync(paths.buildStamp, "utf8") === stamp && existsSync(paths.classpathFile)) return;

  const started = Date.now();
  log("Neo4j: resolving Neo4j 5.26 Community from Maven Central (first start only; about 125 MB into ~/.m2)…");
  run("mvn", ["-B", "-q", "-f", paths.pom, "dependency:build-classpath", `-Dmdep.outputFile=${paths.classpathFile}`], "resolving Neo4j", paths.root);
  rmSync(paths.classesDir, { recursive: true, force: true });
  run("javac", ["-cp", readFileSync(paths.classpathFile, "utf8").trim(), "-d", paths.classesDir, paths.launcherSource], "compiling the Neo4j launcher", paths.root);
  writeFileSync(paths.buildStamp, stamp);
  log(`Neo4j: ready to start after ${((Date.now() - started) / 1000).toFixed(1)} s of setup`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPid(paths: LocalServerPaths): number | null {
  if (!existsSync(paths.pidFile)) return null;
  const pid = Number(readFileSync(paths.pidFile, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

function logTail(paths: LocalServerPaths, lines = 5): string {
  if (!existsSync(paths.consoleLog)) return "";
  return readFileSync(paths.consoleLog, "utf8").trim().split("\n").slice(-lines).join(" | ");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface LocalServerStatus {
  running: boolean;
  ready: boolean;
  pid: number | null;
  uri: string;
  logs: string;
}

export function localServerStatus(): LocalServerStatus {
  const paths = localServerPaths();
  const pid = readPid(paths);
  return { running: pid !== null, ready: pid !== null && existsSync(paths.readyFile), pid, uri: LOCAL_BOLT_URI, logs: paths.logs };
}

/**
 * Starts the local server in the background unless it already runs, and waits until it accepts
 * Bolt connections with the configured password (the launcher writes the ready file after that).
 */
export async function startLocalServer(options: { log: (line: string) => void; env?: NodeJS.ProcessEnv }): Promise<LocalServerStatus> {
  const { log } = options;
  const paths = localServerPaths();
  const running = readPid(paths);
  if (running !== null && existsSync(paths.readyFile)) {
    log(`Neo4j: local server already running (pid ${running}) at ${LOCAL_BOLT_URI}; logs in ${paths.logs}`);
    return localServerStatus();
  }

  if (running === null) {
    checkJava();
    createPrivateFolders(paths);
    prepareLauncher(paths, log);
    rmSync(paths.readyFile, { force: true });
    const argsFile = join(paths.home, "classpath.args");
    writeFileSync(argsFile, `-cp "${paths.classesDir}:${readFileSync(paths.classpathFile, "utf8").trim()}"\n`);
    const consoleLog = openSync(paths.consoleLog, "a");
    const child = spawn(
      "java",
      [...JVM_OPTIONS, `@${argsFile}`, "newsgraph.LocalNeo4jServer", paths.home, paths.config, paths.readyFile],
      {
        cwd: paths.root,
        detached: true,
        stdio: ["ignore", consoleLog, consoleLog],
        env: { ...(options.env ?? process.env), NEO4J_PASSWORD: localPassword(options.env) },
      },
    );
    closeSync(consoleLog);
    if (child.pid === undefined) throw new UserError("could not start java for the local Neo4j");
    child.unref();
    writeFileSync(paths.pidFile, String(child.pid));
    log(`Neo4j: starting the local server (pid ${child.pid}); logs in ${paths.logs}`);
  }

  const pid = readPid(paths);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (pid === null || !isAlive(pid)) {
      rmSync(paths.pidFile, { force: true });
      const tail = logTail(paths);
      const portBusy = /address already in use|BindException/i.test(tail) ? " (port 7687 is taken: stop whatever listens there, or point NEO4J_URI at it)" : "";
      throw new UserError(`the local Neo4j exited during start-up${portBusy}; see ${paths.consoleLog}: ${tail}`);
    }
    if (existsSync(paths.readyFile)) {
      log(`Neo4j: local server ready at ${LOCAL_BOLT_URI} (user ${LOCAL_USERNAME}); logs in ${paths.logs}`);
      return localServerStatus();
    }
    await sleep(250);
  }
  throw new UserError(
    `the local Neo4j did not answer within ${START_TIMEOUT_MS / 1000} s; it is still running as pid ${pid} — see ${paths.consoleLog} and ${join(paths.logs, "debug.log")}`,
  );
}

/** Stops the local server: SIGTERM for Neo4j's clean shutdown, SIGKILL if it has not exited after a minute. */
export async function stopLocalServer(options: { log: (line: string) => void }): Promise<void> {
  const paths = localServerPaths();
  const pid = readPid(paths);
  if (pid === null) {
    rmSync(paths.pidFile, { force: true });
    rmSync(paths.readyFile, { force: true });
    options.log("Neo4j: the local server is not running");
    return;
  }
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) await sleep(250);
  if (isAlive(pid)) {
    options.log(`Neo4j: pid ${pid} did not stop within ${STOP_TIMEOUT_MS / 1000} s, killing it`);
    process.kill(pid, "SIGKILL");
  }
  rmSync(paths.pidFile, { force: true });
  rmSync(paths.readyFile, { force: true });
  options.log(`Neo4j: local server stopped (was pid ${pid})`);
}
