package dev.mms.render;

import dev.mms.jobs.DryRunRequest;
import java.util.List;

/** The requests of {@code mms job create --dry-run}, for json, yaml and {@code --query}; text is the command's own. */
final class RequestView implements View<DryRunRequest> {

    private static final List<Column<DryRunRequest>> DEFAULT = List.of(
            new Column<>("FILE", "file", DryRunRequest::file, true),
            new Column<>("NAME", "name", DryRunRequest::name, true),
            new Column<>("ACTION", "action", DryRunRequest::action, false),
            new Column<>("METHOD", "method", DryRunRequest::method, false),
            new Column<>("ENDPOINT", "endpoint", DryRunRequest::endpoint, false),
            new Column<>("PATH", "path", DryRunRequest::path, false),
            new Column<>("BODY", "body", DryRunRequest::bodyText, true));

    @Override
    public List<Column<DryRunRequest>> columns(boolean wide) {
        return DEFAULT;
    }

    @Override
    public String name(DryRunRequest request) {
        return request.action() + " " + request.path();
    }
}
