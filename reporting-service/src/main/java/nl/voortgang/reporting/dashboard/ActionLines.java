package nl.voortgang.reporting.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The titles of the NAP's action lines. The events carry only the number; the titles come from
 * data/nap/actionlines.csv, which the build copies onto the classpath, so they are written down once.
 */
@Component
class ActionLines {

    record ActionLine(int number, String title) {
    }

    private final Map<Integer, String> titles;

    ActionLines() {
        this(new ClassPathResource("nap/actionlines.csv"));
    }

    ActionLines(ClassPathResource csv) {
        try (InputStream in = csv.getInputStream()) {
            titles = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the action line titles from " + csv.getPath(), e);
        }
    }

    String title(int number) {
        return titles.getOrDefault(number, "Actielijn " + number);
    }

    List<ActionLine> all() {
        return titles.entrySet().stream().map(entry -> new ActionLine(entry.getKey(), entry.getValue())).toList();
    }

    private static Map<Integer, String> parse(String csv) {
        Map<Integer, String> parsed = new TreeMap<>();
        csv.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
            int comma = line.indexOf(',');
            String title = line.substring(comma + 1).strip();
            if (title.length() >= 2 && title.startsWith("\"") && title.endsWith("\"")) {
                title = title.substring(1, title.length() - 1).replace("\"\"", "\"");
            }
            parsed.put(Integer.parseInt(line.substring(0, comma).strip()), title);
        });
        return Map.copyOf(parsed);
    }
}
