package dev.mms.render;

import dev.mms.api.RequestPreview;
import java.util.List;

/** Rows of {@code mms job create --dry-run}: the requests that would be sent. */
final class RequestView implements View<RequestPreview> {

    private static final List<Column<RequestPreview>> DEFAULT = List.of(
            new Column<>("ACTION", RequestPreview::action, false),
            new Column<>("METHOD", RequestPreview::method, false),
            new Column<>("PATH", RequestPreview::path, false),
            new Column<>("BODY", RequestPreview::body, true));

    @Override
    public List<Column<RequestPreview>> columns(boolean wide) {
        return DEFAULT;
    }

    @Override
    public String name(RequestPreview request) {
        return request.action() + " " + request.path();
    }
}
