package nl.voortgang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ExampleCredentialsGuardTest {

    @Test
    void cannotStartInProductionWithAnExampleSecretAndNamesTheSetting() {
        StandardEnvironment environment = environment(Map.of(
                "spring.security.oauth2.client.registration.voortgang.client-secret", "tests-voorbeeld-geheim",
                "spring.datasource.password", "een-echt-wachtwoord"), "prod");

        assertThatThrownBy(() -> ExampleCredentialsGuard.check(environment))
                .hasMessageContaining("spring.security.oauth2.client.registration.voortgang.client-secret")
                .hasMessageNotContaining("spring.datasource.password");
    }

    @Test
    void canStartWithTheExamplesOutsideProduction() {
        assertThatNoException().isThrownBy(() -> ExampleCredentialsGuard.check(
                environment(Map.of("voortgang.identity.users[0].password", "{noop}admin-voorbeeld"))));
    }

    @Test
    void anEditorMayChangeWhatBelongsToTheirMinistryAndTheBewindspersonsOfIt() {
        Ministries ministries = new Ministries(Map.of("MKLIMAAT", "KGG"));
        Caller ocw = new Caller("ocw", "Olga van OCW", Set.of(Claims.EDITOR), Set.of("OCW"));

        assertThat(ocw.mayChangeWhatBelongsTo(ministries.of(List.of("SOCW")))).isTrue();
        assertThat(ocw.mayChangeWhatBelongsTo(ministries.of(List.of("OCW", "SZW")))).isTrue();
        assertThat(ocw.mayChangeWhatBelongsTo(ministries.of(List.of("SLMZ")))).isFalse();
        assertThat(ministries.of(List.of("MKLIMAAT", "MJenV"))).containsExactly("KGG", "JenV");
    }

    private static StandardEnvironment environment(Map<String, Object> properties, String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        environment.setActiveProfiles(profiles);
        return environment;
    }
}
