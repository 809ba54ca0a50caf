package nl.voortgang.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code voortgang.identity.*}: the people who may log in, with the claims their tokens carry, and for each client
 * that logs in as itself (client credentials) the name and roles its tokens carry. The defaults in application.yml
 * are the repository's example users, whose passwords contain "voorbeeld" so that the prod profile refuses them.
 */
@ConfigurationProperties("voortgang.identity")
public record IdentitySettings(List<User> users, Map<String, ServiceClient> serviceClients) {

    public IdentitySettings {
        users = users == null ? List.of() : List.copyOf(users);
        serviceClients = serviceClients == null ? Map.of() : Map.copyOf(serviceClients);
    }

    public record User(String username, String password, String name, List<String> roles, List<String> parties) {

        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
            parties = parties == null ? List.of() : List.copyOf(parties);
        }
    }

    public record ServiceClient(String name, List<String> roles) {

        public ServiceClient {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    Optional<User> user(String username) {
        return users.stream().filter(user -> user.username().equals(username)).findFirst();
    }
}
