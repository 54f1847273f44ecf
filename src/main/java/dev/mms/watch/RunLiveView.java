package dev.mms.watch;

import dev.mms.render.DisplayWidth;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntSupplier;

/**
 * A run on a terminal: one live block with a line per job still going, redrawn in place, e.g.
 * <pre>
 * daily-sales     job 103         DOING        [██████░░░░░░░░░░]  6/10 tasks  42s
 * 销售日报         async task 1012  creating 40%  [██████░░░░░░░░░░]              3s
 * </pre>
 * and each job that ended printed once above it ("settling"), where it stays. Names are measured in display columns
 * (a CJK character takes two), every line is cut to one column short of the width so that nothing wraps, and the
 * width is read again at every redraw: after a resize the old block is erased by the rows it occupies at the new
 * width (terminals re-wrap long lines when they narrow). This view is the one writer of stderr while it runs:
 * notices from elsewhere ({@link RunEvent.Notice}, the HTTP client's retries) become its last line instead of
 * tearing the block.
 */
public final class RunLiveView implements RunListener {

    private static final String CLEAR_TO_END = "\u001b[J";
    private static final char FULL = '\u2588';
    private static final char EMPTY = '\u2591';
    private static final int MAX_NAME = 32;
    /** More jobs than this are summed up in one line, so that the block fits a terminal. */
    static final int MAX_LINES = 20;

    private final PrintWriter out;
    private final IntSupplier width;
    private final Clock clock;
    private final Map<Integer, JobState> active = new TreeMap<>();
    private final List<String> toSettle = new ArrayList<>();
    private final List<String> drawn = new ArrayList<>();
    private int drawnWidth;
    private int nameWidth = 8;
    private String notice;

    /** @param width the terminal's width in columns, asked at every redraw (0: unknown, taken as 80) */
    public RunLiveView(PrintWriter out, IntSupplier width, Clock clock) {
        this.out = out;
        this.width = width;
        this.clock = clock;
    }

    @Override
    public synchronized void onEvent(RunEvent e) {
        if (e instanceof RunEvent.Changed c) {
            active.put(c.state().index(), c.state());
            widen(c.state());
        } else if (e instanceof RunEvent.Settled s) {
            active.remove(s.state().index());
            toSettle.add(RunText.settled(s.state(), clock.instant()));
        } else if (e instanceof RunEvent.Retrying r) {
            notice = ProgressText.retryNotice(r);
        } else if (e instanceof RunEvent.Notice n) {
            notice = "mms: " + n.text();
            redraw();
        } else if (e instanceof RunEvent.Tick) {
            redraw();
        }
    }

    /** Draws what is pending and leaves the block on screen (without a stale notice); later output goes below it. */
    public synchronized void finish() {
        notice = null;
        redraw();
        drawn.clear();
    }

    private void widen(JobState s) {
        nameWidth = Math.min(MAX_NAME, Math.max(nameWidth, DisplayWidth.of(s.label())));
    }

    private void redraw() {
        int columns = width.getAsInt();
        columns = columns <= 0 ? 80 : Math.max(20, columns);
        StringBuilder frame = new StringBuilder();
        int rows = 0;
        for (String line : drawn) {
            // Unchanged width: each line took one row (it was cut to fit). Narrower: the terminal re-wrapped it.
            rows += columns >= drawnWidth ? 1 : Math.max(1, (DisplayWidth.of(line) + columns - 1) / columns);
        }
        if (rows > 0) {
            frame.append('\r').append("\u001b[").append(rows).append('A');
        }
        frame.append(CLEAR_TO_END);
        for (String line : toSettle) {
            frame.append(fit(line, columns)).append('\n');
        }
        toSettle.clear();
        drawn.clear();
        Instant now = clock.instant();
        int shown = 0;
        for (JobState s : active.values()) {
            if (shown == MAX_LINES - 1 && active.size() > MAX_LINES) {
                drawn.add(fit("… and " + (active.size() - shown) + " more jobs", columns));
                break;
            }
            drawn.add(fit(line(s, columns, now), columns));
            shown++;
        }
        if (notice != null) {
            drawn.add(fit(notice, columns));
        }
        for (String line : drawn) {
            frame.append(line).append('\n');
        }
        drawnWidth = columns;
        out.print(frame);
        out.flush();
    }

    private String line(JobState s, int columns, Instant now) {
        String name = DisplayWidth.padRight(DisplayWidth.cut(s.label(), nameWidth), nameWidth);
        String id = pad(RunText.id(s), 16);
        String phase = pad(RunText.phase(s), 13);
        String tasks = pad(RunText.tasks(s), 12);
        String elapsed = RunText.elapsed(s.elapsed(now));
        int fixed = DisplayWidth.of(name) + id.length() + phase.length() + tasks.length() + elapsed.length() + 12;
        int cells = Math.max(0, Math.min(30, columns - 1 - fixed));
        String bar = cells >= 6 ? bar(RunText.fraction(s), cells) + "  " : "";
        return name + "  " + id + "  " + phase + "  " + bar + tasks + "  " + elapsed;
    }

    private static String bar(double fraction, int cells) {
        int filled = (int) Math.floor(fraction * cells);
        return "[" + String.valueOf(FULL).repeat(filled) + String.valueOf(EMPTY).repeat(cells - filled) + "]";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /** One column short of the width: writing the last column makes some terminals wrap. */
    private static String fit(String line, int columns) {
        return DisplayWidth.cut(line, columns - 1);
    }
}
