package towngraph.neo4j;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j embedded with Bolt on 127.0.0.1 and prints exactly one line on stdout,
 * "towngraph-neo4j ready bolt://127.0.0.1:PORT", once Bolt accepts connections. Anything
 * Neo4j itself prints goes to stderr so that the ready line is the only stdout output.
 */
public final class Main {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        PrintStream stdout = System.out;
        System.setOut(System.err);
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("towngraph-neo4j: " + e.getMessage());
            System.exit(2);
            return;
        }
        DatabaseManagementService dbms = start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // SIGTERM and Ctrl-C end here: shut down cleanly so the store needs no recovery.
            dbms.shutdown();
            stopped.countDown();
        }, "towngraph-neo4j-shutdown"));
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofSeconds(60).toMillis())) fail(dbms, "the database did not become available");
        int port = boltPort(db);
        if (!acceptsConnections(port)) fail(dbms, "Bolt does not accept connections on port " + port);
        if (options.password != null) setPassword(dbms, options.password);
        stdout.println("towngraph-neo4j ready bolt://" + HOST + ":" + port);
        stdout.flush();
        stopped.await();
    }

    private static DatabaseManagementService start(Options options) {
        return new DatabaseManagementServiceBuilder(options.dataDir.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
                .setConfig(GraphDatabaseSettings.auth_enabled, options.password != null)
                // Analysts' Cypher must not read the machine's files through LOAD CSV.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                // Allocated as pages are used: a small graph takes little, and a 10 000-document
                // graph (about 370 MiB on disk) fits instead of being evicted during its load.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(options.pageCacheMiB))
                // Off-heap on request (--tx-state): a bulk load's write transactions (tens of
                // thousands of records) kept on the heap fill its young generation quickly.
                .setConfig(
                        GraphDatabaseSettings.tx_state_memory_allocation,
                        options.txStateOffHeap
                                ? GraphDatabaseSettings.TransactionStateMemoryAllocation.OFF_HEAP
                                : GraphDatabaseSettings.TransactionStateMemoryAllocation.ON_HEAP)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                // Bolt waits 5 s for connections and 5 s for its threads after the databases
                // are already checkpointed and stopped; one second each is plenty locally.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .build();
    }

    /** The port Bolt is bound to, which differs from the one asked for when that was 0. */
    private static int boltPort(GraphDatabaseService db) {
        ConnectorPortRegister ports =
                ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        HostnamePort address = ports.getLocalAddress(ConnectorType.BOLT);
        if (address == null) throw new IllegalStateException("Bolt is not listening");
        return address.getPort();
    }

    private static boolean acceptsConnections(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1000);
                return true;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        return false;
    }

    /** The embedded API bypasses authentication, so it can set the neo4j user's password. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }

    private static void fail(DatabaseManagementService dbms, String problem) {
        System.err.println("towngraph-neo4j: " + problem);
        dbms.shutdown();
        System.exit(1);
    }
}
