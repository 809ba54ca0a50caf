package nl.voortgang.localstack;

import java.time.Duration;

/**
 * How soon the local stack starts a service again after it died, and when it stops trying. A service that keeps dying
 * soon after its start (a missing schema, a port taken) would otherwise be restarted for ever and hide its log under
 * its own restarts.
 *
 * @param firstDelay         the pause before the first restart; it doubles with every quick exit in a row
 * @param maxDelay           the longest pause
 * @param quickExitWindow    an exit within this time of its start counts as a quick exit; a later one starts the count anew
 * @param quickExitsToGiveUp after this many quick exits in a row the service is left down
 */
record RestartPolicy(Duration firstDelay, Duration maxDelay, Duration quickExitWindow, int quickExitsToGiveUp) {

    static final RestartPolicy DEFAULT = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60), 5);

    RestartPolicy {
        if (quickExitsToGiveUp < 1) {
            throw new IllegalArgumentException("quickExitsToGiveUp must be at least 1, not " + quickExitsToGiveUp);
        }
    }
}
