package dev.mms.watch;

import dev.mms.api.AsyncTask;
import dev.mms.api.Job;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a watch on a terminal: one status block redrawn in place (ANSI cursor-up and clear-line), e.g.
 * {@code [██████░░░░] 7/10  DOING  job 42 "nightly"}, with a second line while a poll is being retried.
 * Lines are cut to the terminal width so that no line wraps, which would break the cursor-up count.
 */
public final class LiveProgressView implements ProgressView {

    private static final String UP_AND_CLEAR = "\u001b[1A\u001b[2K";
    private static final char FULL = '\u2588';
    private static final char EMPTY = '\u2591';

    private final PrintWriter out;
    private final int width;
    private final int barCells;
    private String status;
    private String notice;
    private int drawnLines;

    /** @param width the terminal's width in columns */
    public LiveProgressView(PrintWriter out, int width) {
        this.out = out;
        this.width = Math.max(20, width);
        this.barCells = Math.max(10, Math.min(30, this.width / 4));
    }

    @Override
    public void onEvent(WatchEvent e) {
        if (e instanceof WatchEvent.AsyncTaskUpdate u) {
            status = describe(u.task());
            notice = null;
        } else if (e instanceof WatchEvent.JobUpdate u) {
            status = describe(u.job());
            notice = null;
        } else if (e instanceof WatchEvent.Retrying r) {
            notice = LineProgressView.retryNotice(r);
        }
        redraw();
    }

    @Override
    public void finish(WatchResult result) {
        // The final line replaces a stale retry notice; the last status stays on screen above it.
        if (notice != null) {
            notice = null;
            redraw();
        }
        out.print(fit(result.message()) + "\n");
        out.flush();
    }

    private void redraw() {
        StringBuilder s = new StringBuilder();
        s.append(UP_AND_CLEAR.repeat(drawnLines));
        List<String> lines = new ArrayList<>();
        if (status != null) {
            lines.add(status);
        }
        if (notice != null) {
            lines.add(notice);
        }
        for (String line : lines) {
            s.append(fit(line)).append('\n');
        }
        drawnLines = lines.size();
        out.print(s);
        out.flush();
    }

    private String describe(AsyncTask task) {
        int percent = task.progress() == null ? 0 : Math.max(0, Math.min(100, task.progress()));
        return bar(percent / 100.0) + " " + percent + "%  " + task.status() + "  async task " + task.id()
                + " (creating the job)";
    }

    private String describe(Job job) {
        int num = job.taskNum() == null ? 0 : job.taskNum();
        int done = job.taskDone() == null ? 0 : job.taskDone();
        double fraction = num > 0 ? (double) done / num : "DONE".equals(job.status()) ? 1 : 0;
        String count = job.taskNum() == null ? "-/-" : done + "/" + num;
        String stopped = Boolean.TRUE.equals(job.stopped()) ? "  stopped" : "";
        return bar(fraction) + " " + count + "  " + job.status() + stopped + "  "
                + ProgressText.jobLabel(job.id(), job);
    }

    private String bar(double fraction) {
        int filled = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * barCells);
        return "[" + String.valueOf(FULL).repeat(filled) + String.valueOf(EMPTY).repeat(barCells - filled) + "]";
    }

    /** One column short of the width: writing the last column makes some terminals wrap. */
    private String fit(String line) {
        int max = width - 1;
        return line.length() <= max ? line : line.substring(0, max - 1) + "\u2026";
    }
}
