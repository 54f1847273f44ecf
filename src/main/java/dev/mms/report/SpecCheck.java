package dev.mms.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.mms.spec.Diagnostic;
import java.util.List;
import java.util.Locale;

/**
 * One spec's validation as data, what {@code mms job validate -o json|yaml} prints: the spec, whether it is valid,
 * and each diagnostic with its file, line, column, key, message and suggestion (docs/ci-reports.md).
 */
@JsonPropertyOrder({"spec", "name", "valid", "errors", "warnings", "diagnostics"})
public record SpecCheck(String spec, String name, boolean valid, long errors, long warnings,
                        List<Entry> diagnostics) {

    /** A diagnostic as data; {@code file}, {@code line} and {@code column} are null for a value from a flag. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"file", "line", "column", "severity", "key", "message", "suggestion"})
    public record Entry(String file, Integer line, Integer column, String severity, String key, String message,
                        String suggestion) {

        public static Entry of(Diagnostic d) {
            boolean placed = d.location() != null;
            return new Entry(placed ? d.location().source() : null, placed ? d.location().line() : null,
                    placed ? d.location().column() : null, d.severity().name().toLowerCase(Locale.ROOT), d.key(),
                    d.message(), d.suggestion());
        }
    }

    public static SpecCheck of(String spec, String name, List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return new SpecCheck(spec, name, errors == 0, errors, diagnostics.size() - errors,
                diagnostics.stream().map(Entry::of).toList());
    }
}
