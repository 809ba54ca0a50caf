package nl.voortgang.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Profiles;

/**
 * With the profile {@code prod}, refuses to start while any password or secret still holds one of the repository's
 * example values. Every example credential in this repository contains the word {@value #EXAMPLE_MARKER}, so the
 * check needs no list that could fall behind.
 */
public final class ExampleCredentialsGuard {

    public static final String EXAMPLE_MARKER = "voorbeeld";
    public static final String PRODUCTION_PROFILE = "prod";

    public ExampleCredentialsGuard(ConfigurableEnvironment environment) {
        check(environment);
    }

    public static void check(ConfigurableEnvironment environment) {
        if (!environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
            return;
        }
        List<String> examples = new ArrayList<>();
        for (var source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (isCredential(name) && String.valueOf(environment.getProperty(name)).toLowerCase(Locale.ROOT).contains(EXAMPLE_MARKER)
                            && !examples.contains(name)) {
                        examples.add(name);
                    }
                }
            }
        }
        if (!examples.isEmpty()) {
            throw new IllegalStateException("The profile " + PRODUCTION_PROFILE + " is active, but these settings still hold "
                    + "the repository's example credentials: " + String.join(", ", examples)
                    + ". Configure real users and secrets (or the production identity provider) before starting.");
        }
    }

    private static boolean isCredential(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        return lower.endsWith("password") || lower.endsWith("secret") || lower.endsWith("clientsecret");
    }
}
