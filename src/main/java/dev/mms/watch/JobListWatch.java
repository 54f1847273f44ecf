package dev.mms.watch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mms.api.Job;
import dev.mms.api.JobPager;
import dev.mms.api.JobQuery;
import dev.mms.api.Json;
import dev.mms.render.Documents;
import dev.mms.render.ItemWriter;
import dev.mms.render.OutputFormat;
import dev.mms.render.RenderOptions;
import dev.mms.render.Renderer;
import dev.mms.render.View;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code mms job list --watch}: polls the list at a fixed interval. On a terminal it redraws the whole table in place;
 * piped, it prints only the jobs that are new or changed, each row with a timestamp (NDJSON with -o json).
 * Runs until the deadline (then {@link WatchOutcome#TIMED_OUT}) or until interrupted.
 */
public final class JobListWatch {

    private static final String UP = "\u001b[%dA";
    private static final String CLEAR_TO_END = "\u001b[J";

    private final JobPager pager;
    private final View<Job> view;
    private final RenderOptions options;
    private final PrintWriter out;
    private final Clock clock;
    private final Poller poller;
    private final Duration interval;
    private final Consumer<String> notices;
    private final Map<Long, Job> seen = new HashMap<>();
    private int drawnLines;
    private boolean headerPrinted;

    /**
     * @param poller  polls at its policy's pace (the list is redrawn at a steady pace, so give it a
     *                {@link PollPolicy#steady()} one) until its deadline
     * @param notices where a retried poll is announced (stderr in CLI use)
     */
    public JobListWatch(JobPager pager, View<Job> view, RenderOptions options, PrintWriter out, Clock clock,
                        Poller poller, Consumer<String> notices) {
        this.pager = pager;
        this.view = view;
        this.options = options;
        this.out = out;
        this.clock = clock;
        this.poller = poller;
        this.interval = poller.policy().interval();
        this.notices = notices;
    }

    /** Runs until the deadline ({@link WatchOutcome#TIMED_OUT}); transient errors are ridden out as in every watch. */
    public WatchOutcome run(long sourceId, JobQuery query, boolean all, int limit) {
        poller.run(() -> {
            List<Job> jobs = new ArrayList<>();
            pager.fetch(sourceId, query, all, limit, jobs::add);
            if (options.terminal()) {
                redraw(jobs);
            } else {
                printChanges(jobs);
            }
            return Poller.Progress.UNCHANGED;
        }, retry -> notices.accept(ProgressText.retryNotice(retry)));
        return WatchOutcome.TIMED_OUT;
    }

    private void redraw(List<Job> jobs) {
        StringWriter table = new StringWriter();
        Renderer.render(view, options, jobs, new PrintWriter(table));
        String text = table + "Every " + human(interval) + ", updated "
                + clock.instant().truncatedTo(ChronoUnit.SECONDS) + " (Ctrl-C to stop)\n";
        StringBuilder frame = new StringBuilder();
        if (drawnLines > 0) {
            frame.append(String.format(UP, drawnLines)).append(CLEAR_TO_END);
        }
        frame.append(text);
        drawnLines = (int) text.chars().filter(c -> c == '\n').count();
        out.print(frame);
        out.flush();
    }

    private void printChanges(List<Job> jobs) {
        // JSON shows the server's whole object; the other formats only the fields we model, so a change in a field
        // they do not show must not reprint a row that looks the same.
        boolean wholeObject = options.format() == OutputFormat.JSON;
        List<Job> changed = new ArrayList<>();
        for (Job job : jobs) {
            Job compared = wholeObject ? job : job.withWire(null);
            Job before = seen.put(job.id(), compared);
            if (!compared.equals(before)) {
                changed.add(job);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        String time = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        if (options.format() == OutputFormat.JSON) {
            for (Job job : changed) {
                ObjectNode line = Json.mapper().createObjectNode().put("time", time);
                line.set("job", Documents.tree(job));
                out.println(line);
            }
        } else {
            StringWriter rows = new StringWriter();
            boolean header = !headerPrinted && !options.noHeaders() && options.format() != OutputFormat.NAME;
            try (ItemWriter<Job> writer = Renderer.open(view, options.withNoHeaders(!header), new PrintWriter(rows))) {
                writer.writeAll(changed);
            }
            headerPrinted = true;
            boolean timestamped = options.format().isForPeople();
            String pad = " ".repeat(time.length());
            boolean first = true;
            for (String row : rows.toString().split("\n")) {
                out.println(timestamped ? (header && first ? pad : time) + "  " + row : row);
                first = false;
            }
        }
        out.flush();
    }

    private static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
