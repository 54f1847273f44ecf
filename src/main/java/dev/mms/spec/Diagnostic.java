package dev.mms.spec;

import java.util.Comparator;
import java.util.List;

/**
 * One problem found in a job spec, as a user reads it: where, how bad, and what to do. {@code key} is the spec key it
 * is about as a {@link FieldPaths} path ({@code tables[2]}, {@code partitionFilters.orders}), null when it concerns no
 * one key (a syntax error); {@code suggestion} is the value the user most likely meant (a key or a value), or null.
 */
public record Diagnostic(Severity severity, Location location, String message, String key, String suggestion) {

    public Diagnostic(Severity severity, Location location, String message) {
        this(severity, location, message, null, null);
    }

    /** ERROR stops the command (exit 2, nothing sent); WARNING is printed and the job is still created. */
    public enum Severity { ERROR, WARNING }

    /** File order; diagnostics without a place (values from flags) come last, in the order they were made. */
    public static final Comparator<Diagnostic> BY_LOCATION = Comparator.comparing(Diagnostic::location,
            Comparator.nullsLast(Comparator.naturalOrder()));

    public static Diagnostic error(Location location, String message) {
        return new Diagnostic(Severity.ERROR, location, message);
    }

    public static Diagnostic warning(Location location, String message) {
        return new Diagnostic(Severity.WARNING, location, message);
    }

    /** The same diagnostic about spec key {@code path}. */
    public Diagnostic withKey(String path) {
        return new Diagnostic(severity, location, message, path, suggestion);
    }

    /** The same diagnostic with what the user most likely meant; null or empty keeps none. */
    public Diagnostic withSuggestion(String meant) {
        return new Diagnostic(severity, location, message, key, meant == null || meant.isEmpty() ? null : meant);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code tables.yaml:4:3: error: unknown key 'tableWhitelist'; did you mean 'tableWhiteList'?}. A message may
     * carry extra indented lines (the caret under a partition filter), which are kept as they are.
     */
    public String format() {
        String prefix = location == null ? "" : location + ": ";
        return prefix + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }

    public static boolean anyErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
