package nl.voortgang.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.voortgang.bench.Benchmark;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark in its smoke mode on the system tests' stack, so that ./voortgang bench cannot rot unseen. */
class BenchmarkSmokeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSmokeBenchmarkReportsEveryScenarioWithItsFiguresBesidePostgresCeiling() throws IOException {
        Path output = Path.of("target", "bench-smoke").toAbsolutePath();

        Benchmark.run("smoke", RunningStack.endpoints(), RunningStack.startupSeconds(), output);

        JsonNode report = JSON.readTree(Files.readString(output.resolve("report.json")));
        assertThat(Benchmark.SECTIONS).allSatisfy(section -> assertThat(report.has(section)).as(section).isTrue());
        assertThat(report.at("/machine/cores").asInt()).isPositive();
        assertThat(report.at("/settings/postgres/fsync").asString()).isEqualTo("on");
        assertThat(report.at("/ceiling/commitsPerSecond").asDouble()).isPositive();
        assertThat(report.at("/write/steps")).isNotEmpty().allSatisfy(step -> {
            assertThat(step.at("/succeeded").asLong()).isPositive();
            assertThat(step.at("/latencyMs/p99").isNumber()).isTrue();
        });
        assertThat(report.at("/write/ratioToCeiling").isNumber()).isTrue();
        assertThat(report.at("/freshness/freshnessMs/count").asLong()).isPositive();
        assertThat(report.at("/freshness/missingOnStream").asInt()).isZero();
        assertThat(report.at("/timeTravel/~1api~1programme~1state/failures").asInt()).isZero();
        assertThat(report.at("/timeTravel/~1api~1programme~1summary/p95").isNumber()).isTrue();
        assertThat(report.at("/timeTravel/queryPlan").asString()).contains("Execution Time");
        assertThat(report.at("/rebuild/state").asString()).isEqualTo("SWITCHED");
        assertThat(report.at("/rebuild/eventsPerSecond").asDouble()).isPositive();
        for (String format : new String[] {"html", "pdf", "docx", "csv"}) {
            assertThat(report.at("/reports/" + format + "/status").asInt()).as(format).isEqualTo(200);
            assertThat(report.at("/reports/" + format + "/bytes").asLong()).as(format).isPositive();
        }
        assertThat(report.at("/footprint/idle/memoryKb/activity-service").asLong()).isPositive();
        assertThat(report.at("/footprint/startupSeconds").asDouble()).isPositive();
        assertThat(Files.readString(output.resolve("report.md"))).contains("PostgreSQL single-row INSERT+COMMIT/s",
                "sustained status changes/s", "Time travel query plan");
    }
}
