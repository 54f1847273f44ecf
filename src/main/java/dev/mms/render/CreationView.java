package dev.mms.render;

import dev.mms.jobs.CreateOutcome;
import java.util.List;

/** Rows of {@code mms job create}: one per spec, with what happened to it. */
final class CreationView implements View<CreateOutcome> {

    private static final List<Column<CreateOutcome>> DEFAULT = List.of(
            new Column<>("FILE", CreateOutcome::file, true),
            new Column<>("NAME", CreateOutcome::name, true),
            new Column<>("ASYNC TASK", o -> JobView.text(o.asyncTaskId()), false),
            new Column<>("JOB ID", o -> JobView.text(o.jobId()), false),
            new Column<>("RESULT", o -> o.result() == null ? ""
                    : o.result().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), false),
            new Column<>("STATUS", CreateOutcome::status, false, (o, text) -> JobView.paintStatus(o.status(), text)),
            new Column<>("MESSAGE", CreateOutcome::message, true));

    @Override
    public List<Column<CreateOutcome>> columns(boolean wide) {
        return DEFAULT;
    }

    /**
     * The job when it is known, else the async task that creates it: both forms {@code job watch} accepts. A spec
     * that produced neither has no name (the name format leaves it out; its error is on stderr).
     */
    @Override
    public String name(CreateOutcome outcome) {
        return outcome.jobId() != null ? "job/" + outcome.jobId()
                : outcome.asyncTaskId() != null ? "asynctask/" + outcome.asyncTaskId() : null;
    }
}
