package dev.mms.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The statuses of a migration task (mms-api.md §2): a phase (schema, data, verification) and how it stands. */
public enum TaskStatus {
    INIT, SCHEMA_DOING, SCHEMA_DONE, SCHEMA_FAILED, DATA_DOING, DATA_DONE, DATA_FAILED, VERIFICATION_DOING,
    VERIFICATION_DONE, VERIFICATION_FAILED, DONE;

    /** Every {@code *_FAILED} status, what {@code job tasks --failed} asks for. */
    public static List<TaskStatus> failed() {
        return Arrays.stream(values()).filter(s -> s.name().endsWith("_FAILED")).toList();
    }

    public static boolean isFailed(String status) {
        return status != null && status.endsWith("_FAILED");
    }

    /** The phase a status belongs to, in lower case (schema, data, verification), or null for INIT and DONE. */
    public static String phase(String status) {
        if (status == null) {
            return null;
        }
        int underscore = status.indexOf('_');
        return underscore < 0 ? null : status.substring(0, underscore).toLowerCase(Locale.ROOT);
    }

    /** Parses a user-typed status, ignoring case; the error lists every valid one. */
    public static TaskStatus parse(String text) {
        String wanted = text == null ? "" : text.trim();
        for (TaskStatus s : values()) {
            if (s.name().equalsIgnoreCase(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown task status '" + text + "'; valid statuses: "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
