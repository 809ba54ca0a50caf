package nl.voortgang.infra;

import java.io.IOException;
import java.io.InputStream;

/**
 * Entry point of the broker's child JVM: runs {@code kafka.Kafka} and shuts the broker down (through its own shutdown
 * hook) as soon as standard input closes, which happens when the parent JVM dies, even by kill -9.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        Thread parentWatcher = new Thread(() -> {
            awaitEndOfInput(System.in);
            System.exit(0);
        }, "parent-watcher");
        parentWatcher.setDaemon(true);
        parentWatcher.start();
        kafka.Kafka.main(args);
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
