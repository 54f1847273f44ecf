package dev.mms.render;

import dev.mms.jobs.CreateOutcome;
import java.util.List;

/** Rows of {@code mms job create}: one per spec, with what happened to it. */
final class CreationView implements View<CreateOutcome> {

    private static final List<Column<CreateOutcome>> DEFAULT = List.of(
            new Column<>("FILE", "file", CreateOutcome::file, true),
            new Column<>("NAME", "name", CreateOutcome::name, true),
            new Column<>("ASYNC TASK", "asyncTaskId", o -> JobView.text(o.asyncTaskId()), false),
            new Column<>("JOB ID", "jobId", o -> JobView.text(o.jobId()), false),
            new Column<>("RESULT", "result", o -> o.result() == null ? ""
                    : o.result().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), false),
            new Column<>("STATUS", "status", CreateOutcome::status, false, (o, text) -> JobView.paintStatus(o.status(), text)),
            new Column<>("MESSAGE", "message", CreateOutcome::message, true));

    @Override
    public List<Column<CreateOutcome>> columns(boolean wide) {
        return DEFAULT;
    }

    /** The fields of an outcome's JSON object, in its order. */
    private static final List<Field<CreateOutcome>> FIELDS = Field.of("file", "name", "sourceId", "asyncTaskId",
            "jobId", "result", "status", "message");

    /** NAME, JOB ID, RESULT and MESSAGE always stay: what happened to which job. */
    private static final List<String> DROP_ORDER = List.of("ASYNC TASK", "FILE", "STATUS");

    @Override
    public List<Field<CreateOutcome>> fields() {
        return FIELDS;
    }

    @Override
    public List<String> dropOrder() {
        return DROP_ORDER;
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
