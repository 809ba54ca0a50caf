package nl.voortgang.infra;

import kafka.tools.StorageTool;

import java.io.IOException;
import java.io.InputStream;

/**
 * Entry point of the broker's child JVM: formats the storage when asked to (saving a JVM start of its own), runs
 * {@code kafka.Kafka}, and shuts the broker down through its own shutdown hook as soon as standard input closes, which
 * happens when the parent JVM dies, even by kill -9.
 *
 * <p>Arguments: {@code [--format-with-cluster-id <id>] <server.properties>}.
 */
public final class KafkaBrokerMain {

    static final String FORMAT_OPTION = "--format-with-cluster-id";

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        Thread parentWatcher = new Thread(() -> {
            awaitEndOfInput(System.in);
            System.exit(0);
        }, "parent-watcher");
        parentWatcher.setDaemon(true);
        parentWatcher.start();

        String serverProperties = args[args.length - 1];
        if (args.length == 3 && args[0].equals(FORMAT_OPTION)) {
            int exitCode = StorageTool.execute(new String[] {
                    "format", "--cluster-id", args[1], "--config", serverProperties, "--ignore-formatted"}, System.out);
            if (exitCode != 0) {
                System.exit(exitCode);
            }
        }
        kafka.Kafka.main(new String[] {serverProperties});
    }

    private static void awaitEndOfInput(InputStream in) {
        byte[] ignored = new byte[256];
        try {
            int read;
            do {
                read = in.read(ignored);
            } while (read != -1);
        } catch (IOException brokenPipe) {
            return;
        }
    }
}
