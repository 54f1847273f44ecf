package dev.mms.render;

import dev.mms.api.Database;
import java.util.ArrayList;
import java.util.List;

/** Columns of {@code mms db list}, and {@code db/<name>} for {@code -o name}. */
final class DatabaseView implements View<Database> {

    private static final List<Column<Database>> DEFAULT = List.of(
            new Column<>("ID", "id", db -> JobView.text(db.id()), false),
            new Column<>("NAME", "name", Database::name, true),
            new Column<>("STATUS", "status", Database::status, false, (db, text) -> MigrationStatus.paint(db.status(), text)),
            new Column<>("TABLES", "tables", db -> JobView.text(db.tables()), false),
            new Column<>("TABLES DONE", List.of("tablesDone", "tables"), db -> MigrationStatus.ofTotal(db.tablesDone(), db.tables()), false),
            new Column<>("PARTITIONS", "partitions", db -> JobView.text(db.partitions()), false),
            new Column<>("DST PROJECT", "dstProjectName", Database::dstProjectName, true));

    private static final List<Column<Database>> WIDE_EXTRA = List.of(
            new Column<>("TABLES FAILED", "tablesFailed", db -> JobView.text(db.tablesFailed()), false),
            new Column<>("PARTITIONS DONE", List.of("partitionsDone", "partitions"), db -> MigrationStatus.ofTotal(db.partitionsDone(), db.partitions()), false),
            new Column<>("PARTITIONS FAILED", "partitionsFailed", db -> JobView.text(db.partitionsFailed()), false),
            new Column<>("ROWS", "numRows", db -> JobView.text(db.numRows()), false),
            new Column<>("SIZE", "size", db -> JobView.text(db.size()), false),
            new Column<>("DST SCHEMA", "dstName", Database::dstName, true),
            new Column<>("LOCATION", "location", Database::location, true),
            new Column<>("UPDATED", "updateTime", Database::updateTime, false));

    /** The csv and tsv fields: every field of the API object, in its order. */
    private static final List<Field<Database>> FIELDS = Field.of("id", "name", "sourceId", "sourceName", "description", "owner", "location", "dstProjectName", "dstName", "status", "numRows", "size", "tables", "tablesDoing", "tablesDone", "tablesFailed", "tablesPartDone", "partitions", "partitionsDoing", "partitionsDone", "partitionsFailed", "updated", "deleted", "lastDdlTime", "createTime", "updateTime");

    /** The order in which a table too wide for the terminal leaves columns out. */
    private static final List<String> DROP_ORDER = List.of("DST PROJECT", "PARTITIONS", "TABLES");

    @Override
    public List<Field<Database>> fields() {
        return FIELDS;
    }

    @Override
    public List<String> dropOrder() {
        return DROP_ORDER;
    }

    @Override
    public List<Column<Database>> columns(boolean wide) {
        if (!wide) {
            return DEFAULT;
        }
        List<Column<Database>> all = new ArrayList<>(DEFAULT);
        all.addAll(WIDE_EXTRA);
        return List.copyOf(all);
    }

    /** By name, since that is what a spec's srcDbName and {@code table list --db} take. */
    @Override
    public String name(Database db) {
        return "db/" + db.name();
    }
}
