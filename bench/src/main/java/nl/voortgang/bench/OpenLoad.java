package nl.voortgang.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open workload model: requests leave at a constant arrival rate whether or not earlier ones have been answered, and
 * each latency is measured from the request's intended send time, so queueing in the system under test (or in this
 * generator) shows in the figures instead of slowing the load down (no coordinated omission).
 */
final class OpenLoad {

    static final int MAX_IN_FLIGHT = 5_000;

    record Result(double targetRate, double seconds, long sent, long succeeded, long failed, long dropped,
            Histogram latencyMicros, Map<Integer, Long> statuses, Map<Integer, String> failureSamples) {

        double achievedRate() {
            return succeeded / seconds;
        }

        double percentileMs(double percentile) {
            return latencyMicros.getTotalCount() == 0 ? Double.NaN : latencyMicros.getValueAtPercentile(percentile) / 1_000.0;
        }
    }

    private OpenLoad() {
    }

    /**
     * Sends {@code request.apply(i)} at {@code rate} per second for {@code duration}; {@code onSuccess} sees each 2xx
     * answer and the moment it arrived (System.nanoTime). The result keeps the first answer of each failing status.
     */
    static Result run(HttpClient client, double rate, Duration duration, LongFunction<HttpRequest> request,
            BiConsumer<HttpResponse<String>, Long> onSuccess) {
        long count = Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
        double periodNanos = 1e9 / rate;
        ConcurrentHistogram latency = new ConcurrentHistogram(3);
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        FailedAnswers failures = new FailedAnswers();
        AtomicLong inFlight = new AtomicLong();
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long dropped = 0;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        for (long i = 0; i < count; i++) {
            long intended = start + Math.round(i * periodNanos);
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                dropped++;
                continue;
            }
            HttpRequest next = request.apply(i);
            inFlight.incrementAndGet();
            client.sendAsync(next, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                latency.recordValue(Math.max(0, (now - intended) / 1_000));
                int status = failure != null ? 0 : response.statusCode();
                statuses.merge(status, 1L, Long::sum);
                if (status >= 200 && status < 300) {
                    succeeded.incrementAndGet();
                    onSuccess.accept(response, now);
                } else {
                    failed.incrementAndGet();
                    failures.record(status, failure != null ? failure.toString() : response.body());
                }
                inFlight.decrementAndGet();
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(rate, Math.max(seconds, duration.toNanos() / 1e9), count, succeeded.get(),
                failed.get() + inFlight.get(), dropped, latency, Map.copyOf(statuses), failures.samples());
    }
}
