package nl.voortgang.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import nl.voortgang.testsupport.metrics.PromQl;
import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void readsTheMetricNamesAndNotFunctionsLabelsOrDurations() {
        assertThat(PromQl.metricNames("histogram_quantile(0.99, sum by (command, le) (rate(voortgang_commands_seconds_bucket[5m])))"))
                .containsExactly("voortgang_commands_seconds_bucket");
        assertThat(PromQl.metricNames("voortgang_ready == 0 or up{job=~\"a|b\"} == 0"))
                .containsExactly("up", "voortgang_ready");
        assertThat(PromQl.metricNames("sum(a_total offset 5m) / on (job) group_left (x) b_seconds > 1e3"))
                .containsExactly("a_total", "b_seconds");
    }
}
