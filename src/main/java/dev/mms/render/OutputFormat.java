package dev.mms.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The values of {@code -o/--output}: how a list of results is written to stdout. */
public enum OutputFormat {
    TABLE, WIDE, JSON, YAML, CSV, TSV, NAME;

    /** Parses a user-typed format name, ignoring case; the error lists every valid name so the user can retype. */
    public static OutputFormat parse(String text) {
        if (text != null) {
            String wanted = text.trim();
            for (OutputFormat format : values()) {
                if (format.name().equalsIgnoreCase(wanted)) {
                    return format;
                }
            }
        }
        throw new IllegalArgumentException("unknown output format '" + text + "'; valid formats: " + validNames());
    }

    /** The lower-case names as a user types them, e.g. for help text and completion. */
    public static String validNames() {
        return Arrays.stream(values()).map(OutputFormat::displayName).collect(Collectors.joining(", "));
    }

    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this format is drawn for people (aligned, may be coloured and cut) rather than parsed by programs. */
    public boolean isForPeople() {
        return this == TABLE || this == WIDE;
    }
}
