package dev.mms.cli.options;

import dev.mms.cli.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Parameters;

/**
 * The ids a command acts on, as positional arguments: {@code 103}, the {@code job/103} and {@code asynctask/1012}
 * forms that {@code -o name} prints, and {@code -} to read more of them from stdin (separated by spaces or lines,
 * {@code #} starts a comment), so that {@code mms job list -o name --status DOING | mms job watch -} works.
 * Duplicates are dropped, the order kept. Commands that act on jobs only call {@link #jobIds}; {@code job watch} also
 * takes the async tasks that create jobs ({@link #ids}).
 */
public final class IdArguments {

    @Parameters(paramLabel = "ID", arity = "0..*",
            description = "Ids: 103 or job/103, asynctask/1012 where accepted, or - to read them from stdin.")
    public List<String> values = new ArrayList<>();

    /** Job ids and async task ids, in the order given. */
    public record Ids(List<Long> jobIds, List<Long> asyncTaskIds) {

        public boolean isEmpty() {
            return jobIds.isEmpty() && asyncTaskIds.isEmpty();
        }
    }

    /** Every id given, reading stdin for {@code -}; a bare number is a job id. */
    public Ids ids(InputStream stdin) {
        return parse(values, stdin);
    }

    /** Job ids only: an {@code asynctask/} form is a usage error that says what to give instead. */
    public List<Long> jobIds(InputStream stdin) {
        Ids ids = ids(stdin);
        if (!ids.asyncTaskIds().isEmpty()) {
            throw new UsageException("asynctask/" + ids.asyncTaskIds().get(0) + " is an async task, not a job; this "
                    + "command takes job ids (mms job watch --async-task ID follows a creation to its job)");
        }
        return ids.jobIds();
    }

    /** Parses id tokens; {@code -} (at most once) is replaced by the tokens read from {@code stdin}. */
    public static Ids parse(List<String> tokens, InputStream stdin) {
        Set<Long> jobs = new LinkedHashSet<>();
        Set<Long> tasks = new LinkedHashSet<>();
        boolean stdinRead = false;
        for (String token : tokens) {
            if (token.equals("-")) {
                if (stdinRead) {
                    throw new UsageException("'-' (read ids from stdin) may be given only once");
                }
                stdinRead = true;
                for (String line : readLines(stdin)) {
                    String text = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
                    for (String word : text.trim().split("\\s+")) {
                        if (!word.isEmpty()) {
                            add(word, "stdin", jobs, tasks);
                        }
                    }
                }
            } else {
                add(token, null, jobs, tasks);
            }
        }
        return new Ids(List.copyOf(jobs), List.copyOf(tasks));
    }

    /** Parses one {@code --async-task} value: {@code 1012} or {@code asynctask/1012}. */
    public static long asyncTaskId(String token) {
        String t = token.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("asynctask/")) {
            t = t.substring("asynctask/".length());
        } else if (lower.startsWith("job/")) {
            throw new UsageException("--async-task takes async task ids; '" + token + "' is a job (give it without"
                    + " --async-task)");
        }
        return number(t, token, null);
    }

    private static void add(String token, String from, Set<Long> jobs, Set<Long> tasks) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.startsWith("job/")) {
            jobs.add(number(token.substring(4), token, from));
        } else if (lower.startsWith("asynctask/")) {
            tasks.add(number(token.substring("asynctask/".length()), token, from));
        } else {
            jobs.add(number(token, token, from));
        }
    }

    private static long number(String digits, String token, String from) {
        String where = from == null ? "" : " (from " + from + ")";
        if (!digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9') && digits.length() <= 18) {
            long id = Long.parseLong(digits);
            if (id > 0) {
                return id;
            }
        }
        throw new UsageException("'" + token + "'" + where + " is not an id; give a positive number such as 103,"
                + " or job/103 or asynctask/1012 as -o name prints them");
    }

    private static List<String> readLines(InputStream stdin) {
        try {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UsageException("cannot read ids from stdin: " + e.getMessage());
        }
    }
}
