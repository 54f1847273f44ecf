package dev.mms.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mms.render.Documents;
import java.io.PrintWriter;
import java.time.Clock;

/**
 * Renders a watch for {@code -o json}: one compact JSON object per change on the data stream,
 * {@code {"time":…,"event":"job","job":{…}}} with the API's own field names. Retry notices and the final line are for
 * people, so they go to the separate notice stream (stderr in CLI use) and never into the data.
 */
public final class NdjsonProgressView implements ProgressView {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;
    private final PrintWriter notices;
    private final Clock clock;

    public NdjsonProgressView(PrintWriter out, PrintWriter notices, Clock clock) {
        this.out = out;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void onEvent(WatchEvent e) {
        if (e instanceof WatchEvent.AsyncTaskUpdate u) {
            emit("asyncTask", u.task());
        } else if (e instanceof WatchEvent.JobUpdate u) {
            emit("job", u.job());
        } else if (e instanceof WatchEvent.Retrying r) {
            notice(LineProgressView.retryNotice(r));
        }
    }

    @Override
    public void finish(WatchResult result) {
        notice(result.message());
    }

    private void emit(String event, Object value) {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", ProgressText.timestamp(clock));
        line.put("event", event);
        line.set(event, Documents.tree(value)); // the server's object, as -o json of list and get shows it
        try {
            out.print(JSON.writeValueAsString(line) + "\n");
        } catch (JsonProcessingException ex) {
            // A tree of plain records and strings always serialises; reaching this is a bug, not a user error.
            throw new IllegalStateException(ex);
        }
        out.flush();
    }

    private void notice(String text) {
        notices.print(ProgressText.timestamp(clock) + "  " + text + "\n");
        notices.flush();
    }
}
