package nl.voortgang.testsupport.security;

import java.util.List;

/** Someone a test signs a token for: the claims docs/adr/0013 describes. */
public record TestUser(String subject, String name, List<String> roles, List<String> parties) {

    public static final TestUser PROGRAMME_ADMIN = new TestUser("test-beheerder", "Toets Beheerder", List.of("programme-admin"), List.of());
    public static final TestUser VIEWER = new TestUser("test-lezer", "Toets Lezer", List.of("viewer"), List.of());

    public static TestUser editorFor(String... parties) {
        return new TestUser("test-redacteur-" + String.join("-", parties).toLowerCase(), "Toets Redacteur " + String.join(" en ", parties),
                List.of("editor"), List.of(parties));
    }
}
