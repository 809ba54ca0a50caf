package nl.voortgang.localstack;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RestartBackOffTest {

    private final RestartBackOff backOff = new RestartBackOff(RestartPolicy.DEFAULT);

    @Test
    void doublesThePauseWithEachQuickExitAndGivesUpAtTheFifthInARow() {
        Duration quick = Duration.ofSeconds(5);

        assertThat(backOff.afterExit(quick)).contains(Duration.ofSeconds(1));
        assertThat(backOff.afterExit(quick)).contains(Duration.ofSeconds(2));
        assertThat(backOff.afterExit(quick)).contains(Duration.ofSeconds(4));
        assertThat(backOff.afterExit(quick)).contains(Duration.ofSeconds(8));
        assertThat(backOff.afterExit(quick)).isEqualTo(Optional.empty());
        assertThat(backOff.quickExitsInARow()).isEqualTo(5);
    }

    @Test
    void startsCountingAnewAfterARunOfAMinuteOrMore() {
        backOff.afterExit(Duration.ofSeconds(1));
        backOff.afterExit(Duration.ofSeconds(1));
        backOff.afterExit(Duration.ofSeconds(1));

        assertThat(backOff.afterExit(Duration.ofSeconds(60))).contains(Duration.ofSeconds(1));
        assertThat(backOff.quickExitsInARow()).isZero();
        assertThat(backOff.afterExit(Duration.ofSeconds(1))).contains(Duration.ofSeconds(1));
    }

    @Test
    void neverWaitsLongerThanTheLongestPause() {
        RestartBackOff patient = new RestartBackOff(new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(60), 10));
        Duration quick = Duration.ofSeconds(1);

        patient.afterExit(quick);
        patient.afterExit(quick);

        assertThat(patient.afterExit(quick)).contains(Duration.ofSeconds(3));
    }
}
