package nl.voortgang.system;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.voortgang.infra.Ports;
import nl.voortgang.localstack.Endpoints;
import nl.voortgang.localstack.LocalStack;

/**
 * The real local stack, started once for all system tests of this JVM on free ports with a fresh
 * state directory: PostgreSQL, Kafka, the identity provider and the three services as their own processes, built from
 * this reactor's jars.
 */
final class RunningStack {

    private static Endpoints endpoints;

    private RunningStack() {
    }

    static synchronized Endpoints endpoints() {
        if (endpoints == null) {
            Path home = Path.of("target", "stack-" + ProcessHandle.current().pid()).toAbsolutePath();
            LocalStack stack = start(home, Map.of());
            endpoints = stack.endpoints();
        }
        return endpoints;
    }

    /** Starts another local stack on free ports in {@code home}, with {@code extra} environment variables added. */
    static LocalStack start(Path home, Map<String, String> extra) {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Map<String, String> environment = new HashMap<>(extra);
        environment.putAll(Map.of(
                "VOORTGANG_HOME", home.toString(),
                "VOORTGANG_POSTGRES_PORT", Integer.toString(Ports.freePort()),
                "VOORTGANG_KAFKA_PORT", Integer.toString(Ports.freePort()),
                "VOORTGANG_KAFKA_CONTROLLER_PORT", Integer.toString(Ports.freePort()),
                "ACTIVITY_PORT", Integer.toString(Ports.freePort()),
                "MOTIE_PORT", Integer.toString(Ports.freePort()),
                "REPORTING_PORT", Integer.toString(Ports.freePort()),
                "IDENTITY_PORT", Integer.toString(Ports.freePort())));
        PrintStream out = System.out;
        LocalStack stack = LocalStack.create(environment, root, out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "system-test-stack-shutdown"));
        if (!stack.start()) {
            stack.stop();
            throw new IllegalStateException("the local stack did not start; see the output above and " + home.resolve("logs"));
        }
        return stack;
    }
}
