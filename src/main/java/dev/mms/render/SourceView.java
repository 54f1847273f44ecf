package dev.mms.render;

import dev.mms.api.DataSource;
import java.util.ArrayList;
import java.util.List;

/** Columns of {@code mms source list}, and {@code source/<id>} for {@code -o name}. */
final class SourceView implements View<DataSource> {

    private static final List<Column<DataSource>> DEFAULT = List.of(
            new Column<>("ID", "id", source -> JobView.text(source.id()), false),
            new Column<>("NAME", "name", DataSource::name, true),
            new Column<>("TYPE", "type", DataSource::type, false),
            new Column<>("REGION", "region", DataSource::region, false),
            new Column<>("STATUS", "status", DataSource::status, false, (source, text) -> paintStatus(source.status(), text)),
            new Column<>("DST PROJECT", "dstProject", DataSource::dstProject, true),
            new Column<>("DBS", "dbNum", source -> JobView.text(source.dbNum()), false),
            new Column<>("TABLES", "tableNum", source -> JobView.text(source.tableNum()), false),
            new Column<>("PARTITIONS", "partitionNum", source -> JobView.text(source.partitionNum()), false));

    private static final List<Column<DataSource>> WIDE_EXTRA = List.of(
            new Column<>("AGENT ONLINE", "agentIsOnline", source -> JobView.text(source.agentIsOnline()), false),
            new Column<>("NETWORK", "networklink", DataSource::networklink, true),
            new Column<>("DST PROJECTS", "dstProjects", source -> source.dstProjects() == null
                    ? null : String.join(",", source.dstProjects()), true),
            new Column<>("UPDATED", "lastUpdateTime", DataSource::lastUpdateTime, false),
            new Column<>("CREATED", "createTime", DataSource::createTime, false),
            new Column<>("ERROR", "errMsg", DataSource::errMsg, true, (source, text) -> Ansi.RED.paint(text)));

    @Override
    public List<Column<DataSource>> columns(boolean wide) {
        if (!wide) {
            return DEFAULT;
        }
        List<Column<DataSource>> all = new ArrayList<>(DEFAULT);
        all.addAll(WIDE_EXTRA);
        return List.copyOf(all);
    }

    /** The fields of ListMmsDataSources that mms models, in the API's order (mms-api.md §1.1). */
    private static final List<Field<DataSource>> FIELDS = Field.of("id", "name", "type", "region", "status", "errMsg",
            "agentIsOnline", "networklink", "dstProject", "dstProjects", "dbNum", "tableNum", "partitionNum",
            "lastUpdateTime", "createTime");

    private static final List<String> DROP_ORDER = List.of("PARTITIONS", "TABLES", "DBS", "REGION", "DST PROJECT",
            "TYPE");

    @Override
    public List<Field<DataSource>> fields() {
        return FIELDS;
    }

    @Override
    public List<String> dropOrder() {
        return DROP_ORDER;
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
