package nl.voortgang.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the services of a running local stack and starts again the one that died, so that a crash or a
 * {@code kill} does not leave Voortgang half up while the stack still says it is running. It says what happened: the
 * exit code, the end of the log, when the service is back, and when it gives up on a service that keeps dying right
 * after its start. The other services are left alone, and an exit the stack asked for ({@link #stop}) is no failure.
 */
final class ServiceSupervisor {

    private static final Duration HEALTH_POLL_INTERVAL = Duration.ofMillis(250);

    private final PrintStream out;
    private final RestartPolicy policy;
    private final Duration healthDeadline;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "service-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private boolean stopped;

    ServiceSupervisor(PrintStream out, RestartPolicy policy, Duration healthDeadline) {
        this.out = out;
        this.policy = policy;
        this.healthDeadline = healthDeadline;
    }

    /** Watches a service that has started; from now on each exit it did not ask for is reported and restarted. */
    synchronized void supervise(ServiceProcess service) {
        if (!stopped) {
            watch(service, new RestartBackOff(policy));
        }
    }

    /** Stops watching: exits from now on are expected, and no restart that is still pending happens. */
    synchronized void stop() {
        stopped = true;
        scheduler.shutdownNow();
    }

    private void watch(ServiceProcess service, RestartBackOff backOff) {
        service.onExit().thenAccept(exit -> exited(service, backOff, exit));
    }

    private synchronized void exited(ServiceProcess service, RestartBackOff backOff, ServiceExit exit) {
        if (stopped || service.stopRequested()) {
            return;
        }
        out.println(service.withLogTail(String.format("%s exited with code %s after %.1f s.",
                service.name(), exit.describeCode(), exit.ranFor().toMillis() / 1000.0)));
        Optional<Duration> delay = backOff.afterExit(exit.ranFor());
        if (delay.isEmpty()) {
            out.printf("%s exited %d times in a row within %d s of its start: the local stack no longer restarts it. "
                            + "Voortgang runs without it; fix the cause shown in its log, then start the local stack again.%n",
                    service.name(), backOff.quickExitsInARow(), policy.quickExitWindow().toSeconds());
            return;
        }
        out.printf("Restarting %s in %.1f s.%n", service.name(), delay.get().toMillis() / 1000.0);
        scheduler.schedule(() -> restart(service, backOff), delay.get().toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void restart(ServiceProcess service, RestartBackOff backOff) {
        if (stopped) {
            return;
        }
        try {
            service.restart();
        } catch (RuntimeException e) {
            out.println(service.name() + " could not be started again, so the local stack no longer restarts it: " + e.getMessage());
            return;
        }
        Instant restartedAt = Instant.now();
        watch(service, backOff);
        scheduler.execute(() -> awaitHealthy(service, service.pid(), restartedAt));
    }

    private void awaitHealthy(ServiceProcess service, long pid, Instant restartedAt) {
        if (isStopped() || !service.isRunning() || service.pid() != pid) {
            return;
        }
        Duration waited = Duration.between(restartedAt, Instant.now());
        if (service.answersHealthy()) {
            out.printf("%s is up again on port %d (%.1f s after its restart).%n", service.name(), service.port(), waited.toMillis() / 1000.0);
        } else if (waited.compareTo(healthDeadline) > 0) {
            out.printf("%s runs again but did not answer GET /actuator/health with 200 within %d s; see its log.%n",
                    service.name(), healthDeadline.toSeconds());
        } else {
            scheduleUnlessStopped(() -> awaitHealthy(service, pid, restartedAt));
        }
    }

    private synchronized void scheduleUnlessStopped(Runnable task) {
        if (!stopped) {
            scheduler.schedule(task, HEALTH_POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized boolean isStopped() {
        return stopped;
    }
}
