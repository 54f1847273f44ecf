package dev.mms.watch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mms.api.Json;
import dev.mms.render.Documents;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;

/**
 * A run for {@code -o json --watch}: one compact JSON object per change on the data stream (NDJSON). Every event
 * names its job the same way, {@code file} and {@code name} of the spec (null for an id the user gave),
 * {@code sourceId}, {@code asyncTaskId} and {@code jobId} (null until known), then where it is:
 * <pre>{"time":"…","event":"running","file":"specs/a.yaml","name":"daily","sourceId":1,"asyncTaskId":1012,
 * "jobId":103,"phase":"RUNNING","result":"CREATED","status":"DOING","taskDone":3,"taskNum":10}</pre>
 * {@code event} is the phase for a change ({@code sending}, {@code checking}, {@code creating}, {@code running}) and
 * {@code ended} once the job reached its end in this run (then {@code message} says how); {@code job} (or, before
 * there is one, {@code asyncTask}) is the server's last object as it sent it. Retry notices are for people
 * and go to the separate notice stream (stderr).
 */
public final class RunNdjsonView implements RunListener {


    private final PrintWriter out;
    private final PrintWriter notices;
    private final Clock clock;

    public RunNdjsonView(PrintWriter out, PrintWriter notices, Clock clock) {
        this.out = out;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public synchronized void onEvent(RunEvent e) {
        if (e instanceof RunEvent.Changed c) {
            emit(c.state().phase().name().toLowerCase(Locale.ROOT), c.state());
        } else if (e instanceof RunEvent.Settled s) {
            emit("ended", s.state());
        } else if (e instanceof RunEvent.Retrying r) {
            notice(ProgressText.retryNotice(r));
        } else if (e instanceof RunEvent.Notice n) {
            notice("mms: " + n.text());
        }
    }

    /** The line for a job the run left unfinished (deadline, interrupt): it keeps going on the server. */
    public synchronized void pending(JobState s) {
        emit("pending", s);
    }

    private void emit(String event, JobState s) {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("time", ProgressText.timestamp(clock));
        line.put("event", event);
        line.put("file", s.file());
        line.put("name", s.name());
        line.put("sourceId", s.sourceId());
        line.put("asyncTaskId", s.asyncTaskId());
        line.put("jobId", s.jobId());
        line.put("phase", s.phase().name());
        if (s.result() != null) {
            line.put("result", s.result().name());
        }
        putIfSet(line, "status", s.status());
        if (s.progress() != null) {
            line.put("progress", s.progress());
        }
        if (s.taskNum() != null) {
            line.put("taskDone", s.taskDone() == null ? 0 : s.taskDone());
            line.put("taskNum", s.taskNum());
        }
        putIfSet(line, "message", s.message());
        line.put("elapsedSeconds", s.elapsed(clock.instant()).toSeconds());
        // The server's own objects, as -o json of list and get shows them: unknown fields and nulls too.
        if (s.lastJob() != null) {
            line.set("job", Documents.tree(s.lastJob()));
        } else if (s.lastTask() != null) {
            line.set("asyncTask", Documents.tree(s.lastTask()));
        }
        out.print(line + "\n");
        out.flush();
    }

    private static void putIfSet(ObjectNode line, String key, String value) {
        if (value != null) {
            line.put(key, value);
        }
    }

    private void notice(String text) {
        notices.print(ProgressText.timestamp(clock) + "  " + text + "\n");
        notices.flush();
    }
}
