package nl.voortgang.bench;

import java.time.Duration;
import java.util.List;

/**
 * What one benchmark run does: the smoke mode (small data, a few seconds, run in CI so the benchmark cannot rot) or the
 * full run of issue 19.
 */
record BenchSettings(
        String mode,
        int activities,
        int connections,
        Duration idleDuration,
        Duration ceilingDuration,
        List<Integer> writeRates,
        Duration warmUp,
        Duration writeStep,
        Duration sustainedConfirmation,
        int freshnessRate,
        Duration freshnessDuration,
        int events,
        int timeTravelSamples,
        int reportRepeats) {

    static final double P99_TARGET_MS = 50;
    static final double WRITE_TARGET_PER_SECOND = 1_500;
    static final double FRESHNESS_P99_TARGET_MS = 150;
    static final double TIME_TRAVEL_P95_TARGET_MS = 100;
    static final double REBUILD_TARGET_PER_SECOND = 15_000;
    static final double STARTUP_TARGET_SECONDS = 30;
    static final double CEILING_SHARE_TARGET = 0.5;

    /** These settings with another data set; 0 keeps the one they have. */
    BenchSettings withData(int activities, int events) {
        return new BenchSettings(mode, activities > 0 ? activities : this.activities, connections, idleDuration,
                ceilingDuration, writeRates, warmUp, writeStep, sustainedConfirmation, freshnessRate, freshnessDuration,
                events > 0 ? events : this.events, timeTravelSamples, reportRepeats);
    }

    static BenchSettings smoke() {
        return new BenchSettings("smoke", 20, 8, Duration.ofSeconds(2), Duration.ofSeconds(2), List.of(20, 40), Duration.ofSeconds(3), Duration.ofSeconds(2),
                Duration.ZERO, 20, Duration.ofSeconds(2), 200, 10, 1);
    }

    static BenchSettings full() {
        return new BenchSettings("full", 1_000, 32, Duration.ofSeconds(20), Duration.ofSeconds(10),
                List.of(25, 50, 75, 100, 150, 200, 300, 400, 600, 800, 1_000, 1_250, 1_500, 2_000), Duration.ofSeconds(30), Duration.ofSeconds(15),
                Duration.ofSeconds(60), 500, Duration.ofSeconds(30), 100_000, 200, 3);
    }
}
