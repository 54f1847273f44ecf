package dev.mms.watch;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * A run for a pipe or a CI log: one timestamped line per change, naming the job, never a redraw, no ANSI, e.g.
 * {@code 2026-11-21T23:50:01Z  daily-sales  job 103  DOING  7/10 tasks}. A job's end is one line with how long it
 * took and, for a failure, why; it is written when it happens, whatever the other jobs do.
 */
public final class RunLineView implements RunListener {

    private final PrintWriter out;
    private final Clock clock;
    private final Map<Integer, String> last = new HashMap<>();

    public RunLineView(PrintWriter out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public synchronized void onEvent(RunEvent e) {
        if (e instanceof RunEvent.Changed c) {
            JobState s = c.state();
            if (s.status() == null && s.progress() == null
                    && (s.phase() == JobState.Phase.RUNNING || s.phase() == JobState.Phase.CREATING)
                    && s.result() == JobState.Result.WATCHED) {
                return; // following has begun; the first poll says where it is
            }
            // A creation's percentage is for the live view; a log gets a line when the phase or the tasks change.
            String phase = s.phase() == JobState.Phase.CREATING ? "creating" : RunText.phase(s);
            String text = RunText.who(s) + join(phase, RunText.tasks(s));
            if (!text.equals(last.put(s.index(), text))) {
                print(text);
            }
        } else if (e instanceof RunEvent.Settled settled) {
            last.remove(settled.state().index());
            if (settled.state().error() == null) { // a failed call is the command's error line at the end
                print(RunText.settled(settled.state(), clock.instant()));
            }
        } else if (e instanceof RunEvent.Retrying r) {
            print(ProgressText.retryNotice(r));
        } else if (e instanceof RunEvent.Notice n) {
            print("mms: " + n.text());
        }
    }

    private static String join(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String p : parts) {
            if (!p.isEmpty()) {
                s.append("  ").append(p);
            }
        }
        return s.toString();
    }

    private void print(String text) {
        out.print(ProgressText.timestamp(clock) + "  " + text + "\n");
        out.flush();
    }
}
