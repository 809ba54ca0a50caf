package nl.voortgang.security;

/**
 * The claims every token carries, whichever OpenID Connect provider issued it (docs/adr/0013): the local identity
 * provider and the Keycloak realm are both configured to put them at the top level of the access token.
 */
public final class Claims {

    public static final String SUBJECT = "sub";
    public static final String NAME = "name";
    public static final String ROLES = "roles";
    public static final String PARTIES = "parties";

    public static final String PROGRAMME_ADMIN = "programme-admin";
    public static final String EDITOR = "editor";
    public static final String VIEWER = "viewer";
    /** Prometheus' scrape account: it may read /actuator/prometheus and nothing else. */
    public static final String MONITORING = "monitoring";

    private Claims() {
    }
}
