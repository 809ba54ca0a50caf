package nl.voortgang.system;

import java.nio.file.Path;
import java.util.Map;
import nl.voortgang.localstack.Endpoints;
import nl.voortgang.localstack.LocalStack;

/**
 * The real local stack, started once for all system tests of this JVM on free ports with a fresh
 * state directory: PostgreSQL, Kafka, the identity provider and the three services as their own processes, built from
 * this reactor's jars.
 */
final class RunningStack {

    private static Endpoints endpoints;
    private static double startupSeconds;

    private RunningStack() {
    }

    static synchronized Endpoints endpoints() {
        if (endpoints == null) {
            Path home = Path.of("target", "stack-" + ProcessHandle.current().pid()).toAbsolutePath();
            long started = System.nanoTime();
            LocalStack stack = start(home, Map.of());
            startupSeconds = (System.nanoTime() - started) / 1e9;
            endpoints = stack.endpoints();
        }
        return endpoints;
    }

    /** How long the shared stack took to start, up to its welcome. */
    static synchronized double startupSeconds() {
        endpoints();
        return startupSeconds;
    }

    /** Starts another local stack on free ports in {@code home}, with {@code extra} environment variables added. */
    static LocalStack start(Path home, Map<String, String> extra) {
        Path root = Path.of("..").toAbsolutePath().normalize();
        for (int attempt = 1; ; attempt++) {
            LocalStack stack = LocalStack.onFreePorts(home, extra, root, System.out);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "system-test-stack-shutdown"));
            if (stack.start()) {
                return stack;
            }
            stack.stop();
            if (!stack.refusedOnATakenPort() || attempt == 3) {
                throw new IllegalStateException("the local stack did not start; see the output above and " + home.resolve("logs"));
            }
        }
    }
}
