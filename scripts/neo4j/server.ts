// `npm run neo4j:start|neo4j:stop|neo4j:status`: manage the project's local Neo4j (src/io/neo4j/localServer.ts).
import { UserError } from "../../src/errors.js";
import { localServerStatus, startLocalServer, stopLocalServer } from "../../src/io/neo4j/localServer.js";

const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(command: string | undefined): Promise<number> {
  switch (command) {
    case "start":
      await startLocalServer({ log });
      return 0;
    case "stop":
      await stopLocalServer({ log });
      return 0;
    case "status": {
      const status = localServerStatus();
      if (!status.running) {
        log(`Neo4j: the local server is not running (start it with \`npm run neo4j:start\`); logs in ${status.logs}`);
        return 3;
      }
      log(`Neo4j: local server ${status.ready ? "running" : "starting"} (pid ${status.pid}) at ${status.uri}; logs in ${status.logs}`);
      return status.ready ? 0 : 3;
    }
    default:
      process.stderr.write("usage: tsx scripts/neo4j/server.ts start|stop|status\n");
      return 2;
  }
}

try {
  process.exitCode = await main(process.argv[2]);
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  process.stderr.write(`neo4j: ${error.message}\n`);
  process.exitCode = 1;
}
