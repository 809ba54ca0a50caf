package nl.voortgang.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** How many answers failed with each status (0: no answer), and the first answer of each, so a report says why. */
final class FailedAnswers {

    private final Map<Integer, Long> counts = new ConcurrentHashMap<>();
    private final Map<Integer, String> samples = new ConcurrentHashMap<>();

    void record(int status, String answer) {
        counts.merge(status, 1L, Long::sum);
        samples.computeIfAbsent(status, s -> answer.length() <= 300 ? answer : answer.substring(0, 300) + "...");
    }

    Map<Integer, Long> counts() {
        return Map.copyOf(counts);
    }

    Map<Integer, String> samples() {
        return Map.copyOf(samples);
    }
}
