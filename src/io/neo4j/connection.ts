// Opening a verified driver, and turning the driver's failures into one clear line for the user.
import neo4j, { type Driver } from "neo4j-driver";
import { UserError } from "../../errors.js";

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database?: string;
}

// Bound every wait so an unreachable server or a wrong setting is reported well within 30 s.
const CONNECTION_TIMEOUT_MS = 10_000;
const ACQUISITION_TIMEOUT_MS = 15_000;
const RETRY_TIME_MS = 10_000;
/** The driver's words for a server that took the connection and then went silent. */
const STUCK = /Connection acquisition timed out in \d+ ?ms|Server didn't respond in \d+ ?ms/i;

/** A server that went silent: asking again would only wait as long again. */
export function stoppedAnswering(error: unknown): boolean {
  return STUCK.test(error instanceof Error ? error.message : String(error));
}

export function describeTarget(target: Neo4jTarget): string {
  return target.database ? `${target.uri} (database ${target.database})` : target.uri;
}

/** One line saying what went wrong talking to Neo4j and what to check; never a stack trace. */
export function neo4jFailure(target: Neo4jTarget, error: unknown, doing: string): UserError {
  if (error instanceof UserError) return error;
  const where = describeTarget(target);
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
  if (code === "Neo.ClientError.Security.Unauthorized") {
    return new UserError(`Neo4j at ${where} refused user "${target.username}": wrong username or password (check NEO4J_USERNAME and NEO4J_PASSWORD)`, { cause: error });
  }
  if (code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new UserError(`Neo4j at ${where} locked user "${target.username}" after too many wrong passwords; wait a few seconds and check NEO4J_PASSWORD`, { cause: error });
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new UserError(`Neo4j at ${target.uri} has no database "${target.database}" (check NEO4J_DATABASE; Community edition has only "neo4j")`, { cause: error });
  }
  // Connected, but no answer: the handshake (acquisition timeout) or a running query (the server's receive-timeout hint).
  if (stoppedAnswering(message)) {
    return new UserError(`Neo4j at ${where} stopped answering while ${doing}: ${STUCK.exec(message)![0]} (is the server stuck or overloaded? see its logs; or is something other than Neo4j listening there?)`, { cause: error });
  }
  if (code === "ServiceUnavailable" || code === "SessionExpired" || /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|timed? ?out/i.test(message)) {
    return new UserError(`cannot reach Neo4j at ${where}: ${message} (is it running? start the local one with \`npm run neo4j:start\`, or check NEO4J_URI)`, { cause: error });
  }
  if (code.startsWith("Neo.ClientError.Statement")) {
    return new UserError(`Neo4j rejected the query while ${doing}: ${message}`, { cause: error });
  }
  return new UserError(`Neo4j ${where} failed while ${doing}: ${code ? `${code}: ` : ""}${message}`, { cause: error });
}

/**
 * A driver whose server, credentials and database have been checked up front, so later
 * failures are about the work, not the connection.
 */
export async function openDriver(target: Neo4jTarget): Promise<Driver> {
  let driver: Driver;
  try {
    driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      connectionAcquisitionTimeout: ACQUISITION_TIMEOUT_MS,
      maxTransactionRetryTime: RETRY_TIME_MS,
      userAgent: "newsgraph/0.1",
    });
  } catch (error) {
    throw new UserError(`invalid NEO4J_URI ${JSON.stringify(target.uri)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    await driver.getServerInfo({ database: target.database });
    // getServerInfo authenticates; only a query proves the database exists.
    await driver.executeQuery("RETURN 1", {}, { database: target.database, routing: neo4j.routing.READ });
    return driver;
  } catch (error) {
    await driver.close();
    throw neo4jFailure(target, error, "connecting");
  }
}
