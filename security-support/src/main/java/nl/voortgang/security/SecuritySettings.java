package nl.voortgang.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code voortgang.security.*}: whether reads need a token, which browser origins may call the APIs, and the largest
 * request body a service reads.
 */
@ConfigurationProperties("voortgang.security")
public record SecuritySettings(boolean publicReads, List<String> allowedOrigins, Long maxRequestBytes) {

    public SecuritySettings {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        maxRequestBytes = maxRequestBytes == null ? 12L * 1024 * 1024 : maxRequestBytes;
    }
}
