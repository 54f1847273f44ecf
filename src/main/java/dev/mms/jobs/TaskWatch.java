package dev.mms.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.mms.api.Deadline;
import dev.mms.api.Job;
import dev.mms.api.Json;
import dev.mms.api.MmsClient;
import dev.mms.api.Sleeper;
import dev.mms.api.Task;
import dev.mms.render.ItemWriter;
import dev.mms.render.OutputFormat;
import dev.mms.render.RenderOptions;
import dev.mms.render.Renderer;
import dev.mms.render.Views;
import dev.mms.watch.PollPolicy;
import dev.mms.watch.Poller;
import dev.mms.watch.WatchOutcome;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code job tasks --watch}: the job's tasks polled through the one {@link Poller} until the job is DONE or FAILED,
 * printing only the tasks that changed (status, start or end) each round: first every task, later only changes, so
 * a pipe gets one row per change and never a redraw. With {@code -o json} each change is one compact task object per
 * line (NDJSON); other formats print each round's rows, the header only once.
 */
public final class TaskWatch {


    private final MmsClient client;
    private final long sourceId;
    private final long jobId;
    private final TaskSearch search;
    private final RenderOptions options;
    private final PrintWriter out;
    private final Map<Long, List<Object>> seen = new HashMap<>();
    private Job lastJob;

    public TaskWatch(MmsClient client, long sourceId, long jobId, TaskSearch search, RenderOptions options,
                     PrintWriter out) {
        this.client = client;
        this.sourceId = sourceId;
        this.jobId = jobId;
        this.search = search;
        this.options = options;
        this.out = out;
    }

    /** Follows until the job ends or the deadline; retry notices go to {@code notices}. */
    public WatchOutcome run(PollPolicy policy, Deadline deadline, Sleeper sleeper, PrintWriter notices) {
        Poller poller = new Poller(policy, deadline, sleeper);
        Poller.End end = poller.run(this::round, retrying -> {
            notices.println("mms: " + retrying.reason() + "; polling again in " + retrying.delay().toSeconds() + "s");
            notices.flush();
        });
        if (end == Poller.End.DEADLINE) {
            return WatchOutcome.TIMED_OUT;
        }
        return "DONE".equals(lastJob.status()) ? WatchOutcome.DONE : WatchOutcome.FAILED;
    }

    public Job lastJob() {
        return lastJob;
    }

    private Poller.Progress round() {
        Job job = client.getJob(sourceId, jobId);
        List<Task> changed = new ArrayList<>();
        search.each(100, 0, task -> {
            List<Object> state = List.of(Objects.toString(task.status()), Objects.toString(task.startTime()),
                    Objects.toString(task.endTime()));
            if (!state.equals(seen.put(task.id(), state))) {
                changed.add(task);
            }
        });
        boolean first = lastJob == null;
        lastJob = job;
        print(changed, first);
        if (job.isFinished()) {
            return Poller.Progress.FINISHED;
        }
        return changed.isEmpty() ? Poller.Progress.UNCHANGED : Poller.Progress.CHANGED;
    }

    private void print(List<Task> changed, boolean first) {
        if (changed.isEmpty()) {
            return;
        }
        if (options.format() == OutputFormat.JSON) {
            for (Task task : changed) {
                try {
                    out.print(Json.mapper().writeValueAsString(task.wire() != null ? task.wire() : task) + "\n");
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            out.flush();
            return;
        }
        try (ItemWriter<Task> writer = Renderer.open(Views.tasks(),
                first ? options : options.withNoHeaders(true), out)) {
            writer.writeAll(changed);
        }
    }
}
