package dev.mms.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * A JUnit XML report (the de facto format GitLab, Jenkins and most CI systems display): one test suite per command,
 * one test case per spec, a {@code <failure>} for a spec whose validate, plan, create or watch step failed, and
 * every step's result in the case's {@code <system-out>}.
 */
public final class JUnitReport {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private JUnitReport() {
    }

    public static String xml(String command, List<SpecResult> results, Instant started, Duration took) {
        long failures = results.stream().filter(SpecResult::failed).count();
        String time = seconds(took);
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<testsuites name=\"").append(attr(command)).append("\" tests=\"").append(results.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" time=\"").append(time)
                .append("\">\n");
        x.append("  <testsuite name=\"").append(attr(command)).append("\" tests=\"").append(results.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\" timestamp=\"")
                .append(TIMESTAMP.format(started.truncatedTo(ChronoUnit.SECONDS))).append("\" time=\"")
                .append(time).append("\">\n");
        for (SpecResult r : results) {
            x.append("    <testcase classname=\"").append(attr(command)).append("\" name=\"")
                    .append(attr(r.job() == null ? r.spec() : r.spec() + " (" + r.job() + ")")).append('"');
            if (r.file() != null) {
                x.append(" file=\"").append(attr(r.file())).append('"');
            }
            x.append(" time=\"0\">\n");
            if (r.failed()) {
                SpecResult.Step failed = r.decisive();
                x.append("      <failure type=\"").append(attr(failed.phase())).append("\" message=\"")
                        .append(attr(failed.result())).append("\">")
                        .append(text(failed.detail() == null ? failed.result() : failed.detail()))
                        .append("</failure>\n");
            }
            x.append("      <system-out>").append(text(steps(r))).append("</system-out>\n");
            x.append("    </testcase>\n");
        }
        return x.append("  </testsuite>\n</testsuites>\n").toString();
    }

    private static String steps(SpecResult r) {
        StringBuilder s = new StringBuilder();
        for (SpecResult.Step step : r.steps()) {
            s.append(step.phase()).append(": ").append(step.result());
            if (step.detail() != null) {
                s.append("\n  ").append(step.detail().replace("\n", "\n  "));
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String seconds(Duration took) {
        return String.format(Locale.ROOT, "%.3f", took.toMillis() / 1000.0);
    }

    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (allowedInXml(c)) {
                        out.appendCodePoint(c);
                    } else {
                        out.append('\uFFFD'); // XML 1.0 cannot carry it, even escaped
                    }
                }
            }
        });
        return out.toString();
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
