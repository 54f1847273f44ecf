package dev.mms.watch;

import java.time.Duration;

/** How a job of a run reads in every view: the same words on a terminal, in a log and in the final summary. */
public final class RunText {

    private RunText() {
    }

    /** {@code job 103}, {@code async task 1012}, or empty before anything was sent. */
    public static String id(JobState s) {
        return s.jobId() != null ? "job " + s.jobId() : s.asyncTaskId() != null ? "async task " + s.asyncTaskId() : "";
    }

    /** What it is doing or how it ended: {@code sending}, {@code creating 40%}, {@code DOING}, {@code DONE}. */
    public static String phase(JobState s) {
        return switch (s.phase()) {
            case PENDING -> s.result() == JobState.Result.NOT_SENT ? "not sent" : "waiting";
            case SENDING -> "sending";
            case CHECKING -> "checking";
            case CREATING -> "creating" + (s.progress() == null ? "" : " " + s.progress() + "%");
            case RUNNING -> s.status() == null ? "created" : s.status();
            case ENDED -> ended(s);
        };
    }

    private static String ended(JobState s) {
        if (s.error() != null && (s.result() == JobState.Result.WATCHED || s.result() == JobState.Result.CREATED
                || s.result() == JobState.Result.UNCHANGED || s.result() == JobState.Result.SUBMITTED)) {
            return "error";
        }
        if (s.error() == null && s.jobId() != null && s.status() != null
                && (s.result() == JobState.Result.CREATED || s.result() == JobState.Result.WATCHED
                || s.result() == JobState.Result.UNCHANGED)) {
            return s.status();
        }
        return s.result() == null ? "ended" : s.result().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** {@code 7/10 tasks}, or empty when the server has not counted the tasks yet. */
    public static String tasks(JobState s) {
        if (s.taskNum() == null) {
            return "";
        }
        return (s.taskDone() == null ? 0 : s.taskDone()) + "/" + s.taskNum() + " tasks";
    }

    /** How far along it is, 0 to 1: the job's tasks, or the creation task's percentage. */
    public static double fraction(JobState s) {
        if (s.jobId() != null) {
            if (s.taskNum() != null && s.taskNum() > 0) {
                return Math.max(0, Math.min(1, (s.taskDone() == null ? 0 : s.taskDone()) / (double) s.taskNum()));
            }
            return "DONE".equals(s.status()) ? 1 : 0;
        }
        return s.progress() == null ? 0 : Math.max(0, Math.min(100, s.progress())) / 100.0;
    }

    /** {@code 42s}, {@code 3m05s}, {@code 1h02m}: a clock-like elapsed time. */
    public static String elapsed(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(java.util.Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(java.util.Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
    }

    /** {@code daily  job 103}, or {@code job 103} while the name is not known. */
    public static String who(JobState s) {
        String id = id(s);
        if (s.name() == null || s.name().isEmpty()) {
            return id.isEmpty() ? String.valueOf(s.file()) : id;
        }
        return id.isEmpty() ? s.name() : s.name() + "  " + id;
    }

    /** The line a job leaves once it ended: {@code daily  job 103  DONE  10/10 tasks  1m02s  (message)}. */
    public static String settled(JobState s, java.time.Instant now) {
        StringBuilder line = new StringBuilder(who(s));
        append(line, phase(s));
        append(line, tasks(s));
        append(line, elapsed(s.elapsed(now)));
        if (s.message() != null && !s.message().isEmpty()) {
            line.append("  ").append(s.message());
        }
        return line.toString();
    }

    private static void append(StringBuilder line, String part) {
        if (!part.isEmpty()) {
            line.append("  ").append(part);
        }
    }
}
