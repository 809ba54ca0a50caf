package nl.voortgang.reporting.live;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(LiveStreamSettings.class)
class LiveStreamConfiguration {
}
