package nl.voortgang.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import nl.voortgang.system.SteadyLoad.Outcome;
import nl.voortgang.system.StoreAudit.Snapshot;

/**
 * What one fault did under load, judged against what the stack holds afterwards: each acknowledged command exactly once
 * in the store, on the topic and in the read model; a command without an answer wholly there or wholly absent; a
 * refused one absent.
 */
record FaultRun(String fault, List<Outcome> outcomes, long injectedAt, long releasedAt, long loadEndedAt,
                Duration catchUp, Snapshot snapshot, List<String> rebuildDifferences) {

    List<Outcome> commands() {
        return outcomes.stream().filter(Outcome::command).toList();
    }

    long acknowledged() {
        return commands().stream().filter(Outcome::acknowledged).count();
    }

    long count(Predicate<Outcome> which) {
        return commands().stream().filter(which).count();
    }

    long foundOnce(java.util.Map<String, Integer> where) {
        return commands().stream().filter(Outcome::acknowledged).filter(o -> snapshot.count(where, o.marker()) == 1).count();
    }

    long lost() {
        return commands().stream().filter(Outcome::acknowledged).filter(o -> snapshot.count(snapshot.inStore(), o.marker()) == 0
                || snapshot.count(snapshot.onTopic(), o.marker()) == 0 || snapshot.count(snapshot.inReadModel(), o.marker()) == 0).count();
    }

    long doubled() {
        return commands().stream().filter(o -> snapshot.count(snapshot.inStore(), o.marker()) > 1
                || snapshot.count(snapshot.onTopic(), o.marker()) > 1 || snapshot.count(snapshot.inReadModel(), o.marker()) > 1).count();
    }

    /** Unanswered commands that are stored but not in the read model, or refused ones that were stored anyway. */
    long halfDone() {
        return commands().stream().filter(o -> !o.acknowledged()).filter(o -> o.unanswered()
                ? snapshot.count(snapshot.inStore(), o.marker()) != snapshot.count(snapshot.inReadModel(), o.marker())
                : snapshot.count(snapshot.inStore(), o.marker()) != 0).count();
    }

    long unansweredButStored() {
        return commands().stream().filter(Outcome::unanswered).filter(o -> snapshot.count(snapshot.inStore(), o.marker()) == 1).count();
    }

    /** From the fault's start until the last command that failed (no answer, or 5xx) had its answer. */
    Duration timeToRecover() {
        return commands().stream().filter(o -> o.unanswered() || o.status() >= 500)
                .mapToLong(o -> o.sentAtNanos() + o.latencyNanos() - injectedAt).max()
                .stream().mapToObj(Duration::ofNanos).findFirst().orElse(Duration.ZERO);
    }

    Latency before() {
        return Latency.of(commands().stream().filter(o -> o.sentAtNanos() < injectedAt).toList());
    }

    Latency during() {
        return Latency.of(commands().stream().filter(o -> o.sentAtNanos() >= injectedAt && o.sentAtNanos() < releasedAt).toList());
    }

    Latency after() {
        return Latency.of(commands().stream().filter(o -> o.sentAtNanos() >= releasedAt).toList());
    }

    String tableRow() {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s | %s | %s | %.1f s | %.1f s | %s |",
                fault, commands().size(), acknowledged(), count(o -> o.status() >= 400 && o.status() < 500),
                count(o -> o.status() >= 500), count(Outcome::unanswered), foundOnce(snapshot.inStore()),
                foundOnce(snapshot.onTopic()), foundOnce(snapshot.inReadModel()), lost(), doubled(),
                before(), during(), after(), timeToRecover().toMillis() / 1000.0, catchUp.toMillis() / 1000.0,
                rebuildDifferences.isEmpty() ? "equal" : rebuildDifferences.size() + "+ rows differ");
    }

    static String tableHeader() {
        return """
                | fault | commands sent | 2xx | 4xx | 5xx | no answer | 2xx in store once | on topic once | in read model once | lost | doubled | latency before (p50/p99/max ms) | during | after | time to recover | read model caught up after | rebuild |
                |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|""";
    }

    record Latency(int count, double p50, double p99, double max) {

        static Latency of(List<Outcome> commands) {
            double[] millis = commands.stream().filter(o -> !o.unanswered()).mapToDouble(o -> o.latencyNanos() / 1e6).sorted().toArray();
            if (millis.length == 0) {
                return new Latency(0, 0, 0, 0);
            }
            return new Latency(millis.length, millis[(int) Math.floor((millis.length - 1) * 0.5)],
                    millis[(int) Math.floor((millis.length - 1) * 0.99)], millis[millis.length - 1]);
        }

        @Override
        public String toString() {
            return count == 0 ? "-" : String.format(Locale.ROOT, "%.0f/%.0f/%.0f", p50, p99, max);
        }
    }
}
