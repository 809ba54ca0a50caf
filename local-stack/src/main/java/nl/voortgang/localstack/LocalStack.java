package nl.voortgang.localstack;

import nl.voortgang.infra.EmbeddedPostgresServer;
import nl.voortgang.infra.Ports;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs the whole of Voortgang on one machine without Docker: PostgreSQL, Kafka and the three services, each in its own
 * process, with their data in {@code .voortgang/} (or {@code $VOORTGANG_HOME}). Once the services are up, a
 * {@link ServiceSupervisor} starts again one that dies. Ctrl-C stops everything again.
 */
public final class LocalStack {

    static final Duration HEALTH_DEADLINE = Duration.ofSeconds(120);
    static final Duration SERVICE_STOP_GRACE_PERIOD = Duration.ofSeconds(15);

    private final LocalStackSettings settings;
    private final PrintStream out;
    private final LocalInfrastructure infrastructure;
    private final List<ServiceProcess> services;
    private final ServiceSupervisor supervisor;
    private final Map<String, Integer> importChannelPorts;
    private final List<ServiceProcess> secondInstances = new ArrayList<>();
    private final Object lifecycle = new Object();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;

    LocalStack(LocalStackSettings settings, PrintStream out) {
        this(settings, out, RestartPolicy.DEFAULT);
    }

    LocalStack(LocalStackSettings settings, PrintStream out, RestartPolicy restartPolicy) {
        this.settings = settings;
        this.out = out;
        this.infrastructure = LocalInfrastructure.of(settings);
        this.services = settings.services().stream().map(definition -> new ServiceProcess(definition, settings)).toList();
        this.supervisor = new ServiceSupervisor(out, restartPolicy, HEALTH_DEADLINE);
        this.importChannelPorts = Map.of("activity-service", Ports.freePort(), "motie-service", Ports.freePort());
    }

    /**
     * A stack configured like {@link #main} but from the given variables and repository root, for
     * programs that run the stack themselves (the system tests).
     */
    public static LocalStack create(Map<String, String> environment, Path repositoryRoot, PrintStream out) {
        return new LocalStack(LocalStackSettings.fromEnvironment(environment, repositoryRoot), out);
    }

    /**
     * A stack like {@link #create} on free ports with its state in {@code home}, for programs that run a stack of
     * their own beside any other (the system tests, the benchmark); {@code extra} adds variables.
     */
    public static LocalStack onFreePorts(Path home, Map<String, String> extra, Path repositoryRoot, PrintStream out) {
        Map<String, String> environment = new HashMap<>(extra);
        environment.put("VOORTGANG_HOME", home.toString());
        Set<Integer> taken = new HashSet<>();
        for (String variable : List.of("VOORTGANG_POSTGRES_PORT", "VOORTGANG_KAFKA_PORT", "VOORTGANG_KAFKA_CONTROLLER_PORT",
                "ACTIVITY_PORT", "MOTIE_PORT", "REPORTING_PORT", "IDENTITY_PORT")) {
            int port = Ports.freePort();
            while (!taken.add(port)) {
                port = Ports.freePort();
            }
            environment.put(variable, Integer.toString(port));
        }
        return create(environment, repositoryRoot, out);
    }

    /**
     * True when the last {@link #start()} refused because a port was taken: a free port handed out a moment before can
     * be bound by another process starting beside this one, and a stack on other free ports then starts fine.
     */
    public boolean refusedOnATakenPort() {
        return refusedOnATakenPort;
    }

    public static void main(String[] args) {
        LoggerFactory.getILoggerFactory();
        LocalStackSettings settings;
        try {
            settings = LocalStackSettings.fromEnvironment(System.getenv(), Path.of(""));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        LocalStack stack = new LocalStack(settings, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-shutdown"));
        if (!stack.start()) {
            stack.stop();
            System.exit(1);
        }
        stack.awaitStop();
    }

    /** Starts everything and returns once all services answer; false (after saying why) when something failed. */
    public boolean start() {
        Instant startedAt = Instant.now();
        try {
            if (!stopLeftovers() || !preconditionsMet()) {
                return false;
            }
            out.printf("Starting PostgreSQL (port %d) and Kafka (port %d) with data in %s%n",
                    settings.postgresPort(), settings.kafkaPort(), displayPath(settings.home()));
            synchronized (lifecycle) {
                if (stopping) {
                    return false;
                }
                infrastructure.start(LocalStackSettings.DATABASES);
            }
            out.printf("PostgreSQL and Kafka are up (%.1f s). Starting %s%n", secondsSince(startedAt),
                    String.join(", ", services.stream().map(ServiceProcess::name).toList()));
            synchronized (lifecycle) {
                if (stopping) {
                    return false;
                }
                services.forEach(service -> service.start(environmentFor(service)));
            }
            if (!awaitServicesHealthy(startedAt)) {
                return false;
            }
            services.forEach(supervisor::supervise);
            if (!runStartupSteps()) {
                return false;
            }
            printWelcome(startedAt);
            return true;
        } catch (RuntimeException e) {
            if (!stopping) {
                out.println("The local stack could not start: " + e.getMessage());
            }
            return false;
        }
    }

    void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the services (gracefully, then forcibly after 15 s), then Kafka, then PostgreSQL. */
    public void stop() {
        synchronized (lifecycle) {
            if (stopping) {
                return;
            }
            stopping = true;
            supervisor.stop();
            try {
                boolean anythingRuns = services.stream().anyMatch(ServiceProcess::isRunning)
                        || infrastructure.kafka().isRunning() || infrastructure.postgres().isRunning();
                if (anythingRuns) {
                    out.println("Stopping the services, then Kafka, then PostgreSQL...");
                }
                stopSecondInstances();
                services.forEach(ServiceProcess::requestStop);
                Instant deadline = Instant.now().plus(SERVICE_STOP_GRACE_PERIOD);
                services.forEach(service -> service.awaitStopped(Duration.between(Instant.now(), deadline)));
                infrastructure.stop();
                if (anythingRuns) {
                    out.println("Stopped.");
                }
            } finally {
                stopped.countDown();
            }
        }
    }

    private boolean stopLeftovers() {
        try {
            services.forEach(ServiceProcess::stopLeftover);
            infrastructure.stopLeftovers();
            return true;
        } catch (IllegalStateException e) {
            out.println("Another local stack seems to run on " + displayPath(settings.home()) + ": " + e.getMessage());
            out.println("Stop it first (Ctrl-C in its terminal), or set VOORTGANG_HOME to use another state directory.");
            return false;
        }
    }

    private boolean refusedOnATakenPort;

    private boolean preconditionsMet() {
        List<String> problems = new ArrayList<>();
        Set<Path> missingJars = new LinkedHashSet<>();
        for (ServiceDefinition service : settings.services()) {
            if (!Files.isRegularFile(service.jar(settings.repositoryRoot()))) {
                missingJars.add(service.jar(settings.repositoryRoot()));
            }
        }
        if (!missingJars.isEmpty()) {
            problems.add("These service jars are missing: " + String.join(", ", missingJars.stream().map(this::displayPath).toList())
                    + ". Build them first: ./voortgang run builds before it starts, or run ./mvnw -DskipTests package.");
        }
        refusedOnATakenPort = false;
        portsToCheck().forEach((port, usedFor) -> {
            if (!Ports.isFree(port)) {
                refusedOnATakenPort = true;
                problems.add("Port " + port + " (" + usedFor + ") is already in use by another program.");
            }
        });
        problems.forEach(out::println);
        return problems.isEmpty();
    }

    private Map<Integer, String> portsToCheck() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(settings.postgresPort(), "PostgreSQL; choose another with VOORTGANG_POSTGRES_PORT");
        ports.put(settings.kafkaPort(), "Kafka; choose another with VOORTGANG_KAFKA_PORT");
        ports.put(settings.kafkaControllerPort(), "the Kafka controller; choose another with VOORTGANG_KAFKA_CONTROLLER_PORT");
        for (ServiceDefinition service : settings.services()) {
            ports.put(service.port(), service.name() + "; choose another with " + service.portVariable());
        }
        return ports;
    }

    private Map<String, String> environmentFor(ServiceProcess service) {
        ServiceDefinition definition = settings.service(service.name());
        EmbeddedPostgresServer postgres = infrastructure.postgres();
        Map<String, String> environment = new HashMap<>();
        environment.put("SERVER_PORT", Integer.toString(definition.port()));
        environment.put("VOORTGANG_OIDC_ISSUER", definition.name().equals(LocalStackSettings.IDENTITY_PROVIDER)
                ? serviceNamed(LocalStackSettings.IDENTITY_PROVIDER).baseUri().toString() : identityIssuer().toString());
        if (definition.database() != null) {
            environment.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(definition.database()));
            environment.put("SPRING_DATASOURCE_USERNAME", postgres.username());
            environment.put("SPRING_DATASOURCE_PASSWORD", postgres.password());
            environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafka().bootstrapServers());
        }
        environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        if (importChannelPorts.containsKey(service.name())) {
            environment.put("VOORTGANG_ACTOR_IMPORT_CHANNEL_PORT", Integer.toString(importChannelPorts.get(service.name())));
        }
        if (definition.name().equals("reporting-service")) {
            environment.put("VOORTGANG_ACTIVITY_URL", serviceNamed("activity-service").baseUri().toString());
            environment.put("VOORTGANG_MOTIE_URL", serviceNamed("motie-service").baseUri().toString());
        }
        if (definition.name().equals(LocalStackSettings.IDENTITY_PROVIDER)) {
            URI dashboard = serviceNamed("reporting-service").baseUri();
            environment.put("VOORTGANG_DASHBOARD_REDIRECT_URIS", dashboard + "/login/oauth2/code/voortgang");
            environment.put("VOORTGANG_DASHBOARD_LOGOUT_URIS", dashboard + "/");
        }
        return environment;
    }

    private boolean awaitServicesHealthy(Instant startedAt) {
        Instant deadline = Instant.now().plus(HEALTH_DEADLINE);
        Set<ServiceProcess> waiting = new LinkedHashSet<>(services);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (stopping) {
                    return false;
                }
                if (service.hasExited()) {
                    return failed(service, service.name() + " exited with code " + service.exitCode() + " while starting.");
                }
                if (service.answersHealthy()) {
                    waiting.remove(service);
                    out.printf("%s is up on port %d (%.1f s)%n", service.name(), service.port(), secondsSince(startedAt));
                }
            }
            if (!waiting.isEmpty() && Instant.now().isAfter(deadline)) {
                ServiceProcess late = waiting.iterator().next();
                return failed(late, late.name() + " did not answer GET /actuator/health with 200 within " + HEALTH_DEADLINE.toSeconds() + " s.");
            }
            if (!waiting.isEmpty() && pauseUnlessStopped(Duration.ofMillis(250))) {
                return false;
            }
        }
        return true;
    }

    private boolean failed(ServiceProcess service, String reason) {
        out.println(service.withLogTail(reason));
        return false;
    }

    private boolean runStartupSteps() {
        Endpoints endpoints = endpoints();
        List<StartupStep> steps;
        try {
            steps = ServiceLoader.load(StartupStep.class).stream().map(ServiceLoader.Provider::get).toList();
        } catch (ServiceConfigurationError e) {
            out.println("A startup step could not be loaded: " + e.getMessage());
            return false;
        }
        for (StartupStep step : steps) {
            if (stopping) {
                return false;
            }
            try {
                out.println("Running " + step.getClass().getSimpleName() + "...");
                step.run(endpoints, settings.loadNap());
            } catch (Exception e) {
                out.println(step.getClass().getSimpleName() + " failed: " + e);
                return false;
            }
        }
        return true;
    }

    public Endpoints endpoints() {
        EmbeddedPostgresServer postgres = infrastructure.postgres();
        return new Endpoints(
                serviceNamed("activity-service").baseUri(),
                serviceNamed("motie-service").baseUri(),
                serviceNamed("reporting-service").baseUri(),
                infrastructure.kafka().bootstrapServers(),
                postgres.port(), postgres.username(), postgres.password(),
                settings.home(),
                importChannel("activity-service"),
                importChannel("motie-service"),
                settings.repositoryRoot(),
                serviceNamed(LocalStackSettings.IDENTITY_PROVIDER).baseUri());
    }

    /** The pid of a running service's JVM, for tests that inject faults (kill -9, SIGSTOP) from outside. */
    public long servicePid(String serviceName) {
        return serviceNamed(serviceName).pid();
    }

    /** The pid of the Kafka broker's JVM. */
    public long kafkaPid() {
        return infrastructure.kafka().pid();
    }

    /** Kills the broker at once, as a crash would; {@link #startKafka} starts it again on the same ports and data. */
    public void killKafka() {
        infrastructure.kafka().kill();
    }

    public void startKafka() {
        infrastructure.kafka().start();
    }

    /** Stops PostgreSQL (fast shutdown: open connections are cut); {@link #startPostgres} starts it again. */
    public void stopPostgres() {
        infrastructure.postgres().stop();
    }

    public void startPostgres() {
        infrastructure.postgres().start();
    }

    /**
     * Starts a second instance of each service named on a free port, with the environment of the first (the same
     * database, topics and consumer group), side by side, and answers their base URIs once they are healthy. They are
     * not supervised; they stop with the stack or with {@link #stopSecondInstances}.
     */
    public Map<String, URI> startSecondInstances(List<String> serviceNames) {
        Map<String, ServiceProcess> started = new LinkedHashMap<>();
        for (String serviceName : serviceNames) {
            ServiceDefinition first = settings.service(serviceName);
            ServiceDefinition second = new ServiceDefinition(first.name(), Ports.freePort(), first.database(), first.portVariable());
            ServiceProcess instance = new ServiceProcess(second, settings, serviceName + "-2");
            Map<String, String> environment = environmentFor(serviceNamed(serviceName));
            environment.put("SERVER_PORT", Integer.toString(second.port()));
            if (environment.containsKey("VOORTGANG_ACTOR_IMPORT_CHANNEL_PORT")) {
                environment.put("VOORTGANG_ACTOR_IMPORT_CHANNEL_PORT", Integer.toString(Ports.freePort()));
            }
            synchronized (lifecycle) {
                if (stopping) {
                    throw new IllegalStateException("the local stack is stopping");
                }
                synchronized (secondInstances) {
                    secondInstances.add(instance);
                }
                instance.start(environment);
            }
            started.put(serviceName, instance);
        }
        Instant deadline = Instant.now().plus(HEALTH_DEADLINE.multipliedBy(2));
        for (ServiceProcess instance : started.values()) {
            while (!instance.answersHealthy()) {
                if (instance.hasExited() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(instance.withLogTail("The second " + instance.name() + " did not start."));
                }
                if (pauseUnlessStopped(Duration.ofMillis(250))) {
                    throw new IllegalStateException("the local stack is stopping");
                }
            }
        }
        Map<String, URI> uris = new LinkedHashMap<>();
        started.forEach((name, instance) -> uris.put(name, instance.baseUri()));
        return uris;
    }

    /** Stops every second instance gracefully (a kill after 15 s). */
    public void stopSecondInstances() {
        List<ServiceProcess> running;
        synchronized (secondInstances) {
            running = List.copyOf(secondInstances);
            secondInstances.clear();
        }
        running.forEach(ServiceProcess::requestStop);
        Instant deadline = Instant.now().plus(SERVICE_STOP_GRACE_PERIOD);
        running.forEach(instance -> instance.awaitStopped(Duration.between(Instant.now(), deadline)));
    }

    /** The issuer the services trust, as they and a browser on this machine both reach it. */
    private URI identityIssuer() {
        return settings.externalIssuer() != null ? settings.externalIssuer()
                : serviceNamed(LocalStackSettings.IDENTITY_PROVIDER).baseUri();
    }

    private URI importChannel(String serviceName) {
        return URI.create("http://127.0.0.1:" + importChannelPorts.get(serviceName));
    }

    private void printWelcome(Instant startedAt) {
        Endpoints endpoints = endpoints();
        out.printf("%nVoortgang is running (started in %.1f s):%n", secondsSince(startedAt));
        out.printf("  Reporting API      %s/api/...%n", endpoints.reportingService());
        out.printf("  activity-service   %s/swagger-ui.html%n", endpoints.activityService());
        out.printf("  motie-service      %s/swagger-ui.html%n", endpoints.motieService());
        out.printf("  Identity provider  %s (example users admin, ocw, vws, lezer; password <user>-voorbeeld)%n",
                endpoints.identityProvider());
        out.printf("  Kafka              %s%n", endpoints.kafkaBootstrapServers());
        out.printf("  PostgreSQL         %s (databases %s; user %s, password %s)%n", endpoints.jdbcUrl("<database>"),
                String.join(", ", LocalStackSettings.DATABASES), endpoints.postgresUsername(), endpoints.postgresPassword());
        out.printf("  Metrics            %s/actuator/prometheus, %s/actuator/prometheus, %s/actuator/prometheus%n",
                endpoints.activityService(), endpoints.motieService(), endpoints.reportingService());
        out.printf("                     (a token with role programme-admin or monitoring; health: /actuator/health/readiness)%n");
        out.printf("  Logs               %s%n", displayPath(settings.logDirectory()));
        out.printf("  Restart a service  kill $(head -n 1 %s/<service>.pid); a service that dies is started again%n",
                displayPath(settings.runDirectory()));
        out.println("Press Ctrl-C to stop.");
    }

    private ServiceProcess serviceNamed(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst().orElseThrow();
    }

    private boolean pauseUnlessStopped(Duration pause) {
        try {
            return stopped.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private String displayPath(Path path) {
        return settings.displayPath(path);
    }

    private static double secondsSince(Instant start) {
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }
}
