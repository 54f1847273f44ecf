package dev.mms.render;

import java.util.Locale;

/**
 * The values of {@code -o/--output} and what each one means; the one place that decides it (docs/output.md).
 * picocli converts the option to this enum ignoring case, lists {@link #toString()} as its completion candidates and
 * names them in its own error for an unknown value.
 */
public enum OutputFormat {
    /** Aligned columns for people, fitted to the terminal; with {@code --query}, the result as plain text. */
    TABLE,
    /** Every column, never cut. */
    WIDE,
    /** One JSON array of the server's objects (one JSON object per change with {@code --watch}). */
    JSON,
    /** One YAML sequence of the server's objects. */
    YAML,
    /** RFC 4180 with a header of API field names. */
    CSV,
    /** Tab-separated, tab/newline/backslash escaped, with a header of API field names. */
    TSV,
    /** {@code kind/id}, one per line. */
    NAME;

    /** The lower-case name a user types. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String displayName() {
        return toString();
    }

    /** Whether this format is drawn for people (aligned, may be coloured and cut) rather than parsed by programs. */
    public boolean isForPeople() {
        return this == TABLE || this == WIDE;
    }

    /** Whether {@code --columns} picks what it shows: the row formats, not whole objects or names. */
    public boolean hasColumns() {
        return this == TABLE || this == WIDE || this == CSV || this == TSV;
    }

    /** Whether it has a header row that {@code --no-headers} can leave out. */
    public boolean hasHeaders() {
        return hasColumns();
    }

    /** Whether {@code --query} can write its result (any JSON value) in this format: json, yaml, or text for table. */
    public boolean showsQueryResults() {
        return this == JSON || this == YAML || this == TABLE;
    }
}
