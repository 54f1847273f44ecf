package dev.mms.cli.task;

import dev.mms.cli.UsageException;
import java.util.Locale;

/** A task id as a user types it: {@code 1050008}, or {@code task/1050008} as {@code -o name} prints it. */
final class TaskIds {

    private TaskIds() {
    }

    static long parse(String text) {
        String t = text.trim();
        String digits = t.toLowerCase(Locale.ROOT).startsWith("task/") ? t.substring("task/".length()) : t;
        if (!digits.isEmpty() && digits.length() <= 18 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long id = Long.parseLong(digits);
            if (id > 0) {
                return id;
            }
        }
        throw new UsageException("'" + text + "' is not a task id; give a number such as 1050008, or task/1050008"
                + " (mms job tasks JOB_ID lists them)");
    }
}
