package dev.mms.render;

/**
 * Colours of the migration statuses of databases, tables, partitions and tasks (mms-api.md §2): DONE green, any
 * FAILED red, anything in progress (DOING, *_DOING, PART_DONE) yellow, INIT plain.
 */
final class MigrationStatus {

    private MigrationStatus() {
    }

    static String paint(String status, String text) {
        if (status == null) {
            return text;
        }
        if (status.equals("DONE")) {
            return Ansi.GREEN.paint(text);
        }
        if (status.endsWith("FAILED")) {
            return Ansi.RED.paint(text);
        }
        if (status.endsWith("DOING") || status.equals("PART_DONE") || status.endsWith("_DONE")) {
            return Ansi.YELLOW.paint(text);
        }
        return text;
    }

    /** {@code done/total}, or null when the server gave neither. */
    static String ofTotal(Number done, Number total) {
        if (done == null && total == null) {
            return null;
        }
        return (done == null ? "0" : done.toString()) + "/" + (total == null ? "?" : total.toString());
    }
}
