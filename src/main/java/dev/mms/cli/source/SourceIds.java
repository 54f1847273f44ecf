package dev.mms.cli.source;

import dev.mms.cli.UsageException;

/** A data source id as a user types it: {@code 2000015}, or {@code source/2000015} as {@code -o name} prints it. */
final class SourceIds {

    private SourceIds() {
    }

    static long parse(String text) {
        String t = text.trim();
        String digits = t.startsWith("source/") ? t.substring("source/".length()) : t;
        try {
            long id = Long.parseLong(digits);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("'" + text + "' is not a data source id; give a number such as 2000015 "
                + "(mms source list shows them)");
    }
}
