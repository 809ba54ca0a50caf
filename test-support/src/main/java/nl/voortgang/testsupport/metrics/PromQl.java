package nl.voortgang.testsupport.metrics;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the metric names out of a PromQL expression, so a test can check that a dashboard queries only real metrics. */
public final class PromQl {

    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern LABEL_LISTS = Pattern.compile(
            "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern TOKENS = Pattern.compile(
            "\\$\\{?\\w+}?|\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?[a-zA-Z]*|[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
            "group_left", "group_right", "offset", "bool", "atan2", "inf", "nan");

    private PromQl() {
    }

    public static Set<String> metricNames(String expression) {
        String rest = STRINGS.matcher(expression).replaceAll(" ");
        rest = LABEL_MATCHERS.matcher(rest).replaceAll(" ");
        rest = RANGES.matcher(rest).replaceAll(" ");
        rest = LABEL_LISTS.matcher(rest).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher token = TOKENS.matcher(rest);
        while (token.find()) {
            String word = token.group();
            if (Character.isDigit(word.charAt(0)) || word.startsWith("$") || KEYWORDS.contains(word.toLowerCase())
                    || rest.substring(token.end()).stripLeading().startsWith("(")) {
                continue;
            }
            names.add(word);
        }
        return names;
    }
}
