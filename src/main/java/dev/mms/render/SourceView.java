package dev.mms.render;

import dev.mms.api.DataSource;
import java.util.ArrayList;
import java.util.List;

/** Columns of {@code mms source list}, and {@code source/<id>} for {@code -o name}. */
final class SourceView implements View<DataSource> {

    private static final List<Column<DataSource>> DEFAULT = List.of(
            new Column<>("ID", source -> JobView.text(source.id()), false),
            new Column<>("NAME", DataSource::name, true),
            new Column<>("TYPE", DataSource::type, false),
            new Column<>("REGION", DataSource::region, false),
            new Column<>("STATUS", DataSource::status, false, (source, text) -> paintStatus(source.status(), text)),
            new Column<>("DST PROJECT", DataSource::dstProject, true),
            new Column<>("DBS", source -> JobView.text(source.dbNum()), false),
            new Column<>("TABLES", source -> JobView.text(source.tableNum()), false),
            new Column<>("PARTITIONS", source -> JobView.text(source.partitionNum()), false));

    private static final List<Column<DataSource>> WIDE_EXTRA = List.of(
            new Column<>("AGENT ONLINE", source -> JobView.text(source.agentIsOnline()), false),
            new Column<>("NETWORK", DataSource::networklink, true),
            new Column<>("DST PROJECTS", source -> source.dstProjects() == null
                    ? null : String.join(",", source.dstProjects()), true),
            new Column<>("UPDATED", DataSource::lastUpdateTime, false),
            new Column<>("CREATED", DataSource::createTime, false),
            new Column<>("ERROR", DataSource::errMsg, true, (source, text) -> Ansi.RED.paint(text)));

    @Override
    public List<Column<DataSource>> columns(boolean wide) {
        if (!wide) {
            return DEFAULT;
        }
        List<Column<DataSource>> all = new ArrayList<>(DEFAULT);
        all.addAll(WIDE_EXTRA);
        return List.copyOf(all);
    }

    @Override
    public String name(DataSource source) {
        return "source/" + source.id();
    }

    /** STARTED is healthy, any *_FAILED needs attention, STARTING/STOPPING are in between (mms-api.md §2). */
    private static String paintStatus(String status, String text) {
        if (status == null) {
            return text;
        }
        if (status.endsWith("FAILED")) {
            return Ansi.RED.paint(text);
        }
        if (status.equals("STARTED")) {
            return Ansi.GREEN.paint(text);
        }
        if (status.endsWith("ING")) {
            return Ansi.YELLOW.paint(text);
        }
        return text;
    }
}
