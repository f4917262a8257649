package newsgraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * The project's local Neo4j: an embedded Community DBMS with its Bolt connector open, configured by
 * neo4j.conf. Arguments: home directory, neo4j.conf, ready file. The password of user `neo4j` comes
 * from the NEO4J_PASSWORD environment variable and is (re)applied on every start, so the server always
 * accepts the password the project is configured with.
 */
public final class LocalNeo4jServer {
    private LocalNeo4jServer() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: LocalNeo4jServer <home> <neo4j.conf> <ready-file>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Path config = Path.of(args[1]).toAbsolutePath();
        Path readyFile = Path.of(args[2]).toAbsolutePath();
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("NEO4J_PASSWORD must be set to at least 8 characters (Neo4j's minimum password length)");
            System.exit(2);
        }

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(config)
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("newsgraph: shutting down Neo4j");
            service.shutdown();
            stopped.countDown();
        }));

        applyPassword(service, password);
        Files.writeString(readyFile, Long.toString(ProcessHandle.current().pid()));
        System.out.println("newsgraph: Neo4j ready on bolt://127.0.0.1:7687 (home " + home + ")");
        stopped.await();
    }

    private static void applyPassword(DatabaseManagementService service, String password) {
        try {
            service.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException error) {
            // Neo4j refuses to "change" a password to the one it already has: that is the state we want.
            if (!String.valueOf(error.getMessage()).contains("cannot be the same")) throw error;
        }
    }
}
