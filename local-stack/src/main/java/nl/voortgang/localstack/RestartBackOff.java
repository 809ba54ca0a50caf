package nl.voortgang.localstack;

import java.time.Duration;
import java.util.Optional;

/** The restart decisions for one service: counts its quick exits in a row and doubles the pause with each. */
final class RestartBackOff {

    private final RestartPolicy policy;
    private int quickExitsInARow;

    RestartBackOff(RestartPolicy policy) {
        this.policy = policy;
    }

    /** The pause before the next start after a run of the given length, or empty when the service should stay down. */
    synchronized Optional<Duration> afterExit(Duration ranFor) {
        if (ranFor.compareTo(policy.quickExitWindow()) >= 0) {
            quickExitsInARow = 0;
            return Optional.of(policy.firstDelay());
        }
        quickExitsInARow++;
        if (quickExitsInARow >= policy.quickExitsToGiveUp()) {
            return Optional.empty();
        }
        Duration delay = policy.firstDelay().multipliedBy(1L << Math.min(quickExitsInARow - 1, 30));
        return Optional.of(delay.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : delay);
    }

    synchronized int quickExitsInARow() {
        return quickExitsInARow;
    }
}
