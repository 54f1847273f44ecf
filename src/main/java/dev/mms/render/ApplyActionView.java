package dev.mms.render;

import dev.mms.plan.ApplyAction;
import java.util.List;

/** Rows of {@code mms job apply}: SPEC, NAME, ACTION, JOB ID, RESULT, STATUS, MESSAGE. */
final class ApplyActionView implements View<ApplyAction> {

    private static final List<Column<ApplyAction>> DEFAULT = List.of(
            new Column<>("SPEC", ApplyAction::spec, true),
            new Column<>("NAME", ApplyAction::name, true),
            new Column<>("ACTION", a -> a.action().lowerCase(), false),
            new Column<>("JOB ID", a -> JobView.text(a.jobId() != null ? a.jobId() : a.replacedJobId()), false),
            new Column<>("RESULT", ApplyAction::result, false),
            new Column<>("STATUS", ApplyAction::status, false, (a, text) -> JobView.paintStatus(a.status(), text)),
            new Column<>("MESSAGE", ApplyAction::message, true));

    @Override
    public List<Column<ApplyAction>> columns(boolean wide) {
        return DEFAULT;
    }

    @Override
    public String name(ApplyAction action) {
        return action.jobId() != null ? "job/" + action.jobId()
                : action.asyncTaskId() != null ? "asynctask/" + action.asyncTaskId() : "spec/" + action.spec();
    }
}
