package dev.mms.cli.job;

import dev.mms.cli.MmsCommand;
import dev.mms.run.RunReport;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one command that resumes following what a run left going, with the context flags the user gave, so that,
 * pasted, it talks to the same account and region: {@code mms --profile P job watch 103 104 --async-task 1012
 * --source-id S}.
 */
final class ResumeCommand {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ResumeCommand() {
    }

    static String of(MmsCommand root, long sourceId, RunReport.Pending pending) {
        StringBuilder s = new StringBuilder("mms");
        flag(s, "--profile", root.profile());
        flag(s, "--endpoint", root.endpoint());
        flag(s, "--region", root.region());
        s.append(" job watch");
        if (!pending.jobIds().isEmpty()) {
            s.append(' ').append(join(pending.jobIds()));
        }
        if (!pending.asyncTaskIds().isEmpty()) {
            s.append(" --async-task ").append(join(pending.asyncTaskIds()));
        }
        s.append(" --source-id ").append(sourceId);
        return s.toString();
    }

    private static void flag(StringBuilder s, String name, String value) {
        if (value != null) {
            s.append(' ').append(name).append(' ').append(quote(value));
        }
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    /** As a POSIX shell reads it back: plain words as they are, anything else in single quotes. */
    static String quote(String value) {
        if (!value.isEmpty() && PLAIN.matcher(value).matches()) {
            return value;
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
