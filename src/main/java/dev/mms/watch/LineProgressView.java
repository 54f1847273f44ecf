package dev.mms.watch;

import dev.mms.api.AsyncTask;
import dev.mms.api.Job;
import java.io.PrintWriter;
import java.time.Clock;

/**
 * Renders a watch for a pipe or a log: one timestamped line per change, never a redraw, no ANSI, e.g.
 * {@code 2026-11-21T23:50:01Z  job 42  DOING  7/10 tasks}.
 */
public final class LineProgressView implements ProgressView {

    private final PrintWriter out;
    private final Clock clock;

    public LineProgressView(PrintWriter out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public void onEvent(WatchEvent e) {
        if (e instanceof WatchEvent.AsyncTaskUpdate u) {
            print(describe(u.task()));
        } else if (e instanceof WatchEvent.JobUpdate u) {
            print(describe(u.job()));
        } else if (e instanceof WatchEvent.Retrying r) {
            print(retryNotice(r));
        }
    }

    @Override
    public void finish(WatchResult result) {
        print(result.message());
    }

    /** The notice for a retried poll; the NDJSON view writes the same one to its notice stream. */
    static String retryNotice(WatchEvent.Retrying r) {
        return "retrying in " + ProgressText.duration(r.delay()) + ": " + r.reason();
    }

    private static String describe(AsyncTask task) {
        StringBuilder s = new StringBuilder("async task ").append(task.id()).append("  ").append(task.status());
        if (task.progress() != null) {
            s.append("  ").append(task.progress()).append('%');
        }
        if ("DONE".equals(task.status()) && task.objectId() != null) {
            s.append("  created job ").append(task.objectId());
        }
        return s.toString();
    }

    private static String describe(Job job) {
        StringBuilder s = new StringBuilder("job ").append(job.id()).append("  ").append(job.status());
        String count = ProgressText.taskCount(job);
        if (!count.isEmpty()) {
            s.append("  ").append(count);
        }
        if (Boolean.TRUE.equals(job.stopped())) {
            s.append("  stopped");
        }
        return s.toString();
    }

    private void print(String text) {
        out.print(ProgressText.timestamp(clock) + "  " + text + "\n");
        out.flush();
    }
}
