package dev.mms.run;

/**
 * A job to follow that already exists, or the async task creating one: what {@code job watch 103 --async-task 1012}
 * names, and what {@code job retry|stop|start --watch} or {@code job apply} hand to {@link RunEngine#follow}.
 * {@code file} and {@code name} are only labels (null when unknown).
 */
public record Target(long sourceId, Long jobId, Long asyncTaskId, String file, String name) {

    public Target {
        if ((jobId == null) == (asyncTaskId == null)) {
            throw new IllegalArgumentException("a target is a job id or an async task id");
        }
    }

    public static Target job(long sourceId, long jobId) {
        return new Target(sourceId, jobId, null, null, null);
    }

    public static Target asyncTask(long sourceId, long asyncTaskId) {
        return new Target(sourceId, null, asyncTaskId, null, null);
    }
}
