package nl.voortgang.security.readiness;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;

/**
 * {@code voortgang.ready}: 1 while the service's readiness group is UP, 0 otherwise, for the "a service is not ready"
 * alert. It is refreshed on its own thread, so a scrape never waits for a health check (a database that is away would
 * hold it for the pool's connection timeout).
 */
class ReadinessGauge implements SmartInitializingSingleton, DisposableBean {

    private final HealthEndpoint health;
    private final long refreshMillis;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("readiness-gauge").daemon().factory());
    private volatile boolean ready;

    ReadinessGauge(HealthEndpoint health, MeterRegistry registry, long refreshMillis) {
        this.health = health;
        this.refreshMillis = refreshMillis;
        Gauge.builder("voortgang.ready", this, gauge -> gauge.ready ? 1 : 0)
                .description("1 while the service's readiness group is UP")
                .register(registry);
    }

    @Override
    public void afterSingletonsInstantiated() {
        refresher.scheduleWithFixedDelay(this::refresh, 0, refreshMillis, TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        try {
            HealthDescriptor readiness = health.healthForPath("readiness");
            ready = readiness != null && Status.UP.equals(readiness.getStatus());
        } catch (RuntimeException e) {
            ready = false;
        }
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }
}
