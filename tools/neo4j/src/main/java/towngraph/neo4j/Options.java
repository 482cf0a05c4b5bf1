package towngraph.neo4j;

import java.nio.file.Path;

/** Command-line options: --data DIR, --port N, --password SECRET, --page-cache MIB, --tx-state WHERE. */
final class Options {
    Path dataDir = Path.of("tools/neo4j/data");
    /** 0 lets the operating system pick a free port. */
    int port = 0;
    /** Null keeps authentication disabled. */
    String password = null;
    /** Page cache in MiB; Neo4j allocates it as pages are used, so a small graph takes little. */
    long pageCacheMiB = 512;
    /**
     * Where transaction state lives: on-heap by default, as in Neo4j; "off-heap" keeps a bulk
     * load's large write transactions out of the 1 GiB heap, but did not save CPU in a
     * 10 000-document load on a busy machine (BENCHMARKS.md, loading).
     */
    boolean txStateOffHeap = false;

    static Options parse(String[] args) {
        Options options = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--data" -> options.dataDir = Path.of(value(args, ++i, arg));
                case "--port" -> options.port = port(value(args, ++i, arg));
                case "--password" -> options.password = value(args, ++i, arg);
                case "--page-cache" -> options.pageCacheMiB = mebibytes(value(args, ++i, arg));
                case "--tx-state" -> options.txStateOffHeap = offHeap(value(args, ++i, arg));
                case "--help", "-h" -> {
                    System.err.println("usage: java -jar towngraph-neo4j.jar [--data DIR] [--port N] [--password SECRET]"
                                    + " [--page-cache MIB] [--tx-state on-heap|off-heap]");
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        if (options.password != null && options.password.length() < 8) {
            // Neo4j refuses shorter passwords (dbms.security.auth_minimum_password_length).
            throw new IllegalArgumentException("--password must be at least 8 characters");
        }
        return options;
    }

    private static String value(String[] args, int index, String name) {
        if (index >= args.length) throw new IllegalArgumentException(name + " needs a value");
        return args[index];
    }

    private static long mebibytes(String text) {
        try {
            long mib = Long.parseLong(text);
            if (mib < 8) throw new NumberFormatException();
            return mib;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--page-cache must be a number of MiB, at least 8, got " + text);
        }
    }

    private static boolean offHeap(String text) {
        return switch (text) {
            case "off-heap" -> true;
            case "on-heap" -> false;
            default -> throw new IllegalArgumentException("--tx-state must be on-heap or off-heap, got " + text);
        };
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) throw new NumberFormatException();
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number from 0 to 65535, got " + text);
        }
    }
}
