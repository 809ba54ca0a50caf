package nl.voortgang.security.readiness;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Bean;

/** Every service's readiness as a metric, wherever Actuator's health endpoint and a meter registry are present. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass({HealthEndpoint.class, MeterRegistry.class})
public class ReadinessGaugeConfiguration {

    @Bean
    @ConditionalOnBean({HealthEndpoint.class, MeterRegistry.class})
    ReadinessGauge readinessGauge(HealthEndpoint health, MeterRegistry registry,
            @Value("${voortgang.readiness.refresh:5s}") Duration refresh) {
        return new ReadinessGauge(health, registry, refresh.toMillis());
    }
}
