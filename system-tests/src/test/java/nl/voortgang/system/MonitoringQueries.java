package nl.voortgang.system;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The PromQL that the repository's Grafana dashboard and Prometheus alert rules run. */
final class MonitoringQueries {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private MonitoringQueries() {
    }

    static List<String> dashboardExpressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        JsonNode dashboard = new ObjectMapper().readTree(ROOT.resolve("docker/grafana/dashboards/voortgang.json").toFile());
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                expressions.add(target.path("expr").asString());
            }
        }
        return expressions;
    }

    static List<String> alertExpressions() throws IOException {
        return alertRules().stream().map(rule -> String.valueOf(rule.get("expr"))).toList();
    }

    static List<String> alertNames() throws IOException {
        return alertRules().stream().map(rule -> String.valueOf(rule.get("alert"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> alertRules() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker/prometheus/alerts.yml"))) {
            Map<String, Object> rules = new Yaml().load(reader);
            List<Map<String, Object>> all = new ArrayList<>();
            ((List<Map<String, Object>>) rules.get("groups")).forEach(group ->
                    all.addAll((List<Map<String, Object>>) group.get("rules")));
            return all;
        }
    }
}
