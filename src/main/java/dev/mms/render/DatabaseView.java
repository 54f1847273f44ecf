package dev.mms.render;

import dev.mms.api.Database;
import java.util.ArrayList;
import java.util.List;

/** Columns of {@code mms db list}, and {@code db/<name>} for {@code -o name}. */
final class DatabaseView implements View<Database> {

    private static final List<Column<Database>> DEFAULT = List.of(
            new Column<>("ID", db -> JobView.text(db.id()), false),
            new Column<>("NAME", Database::name, true),
            new Column<>("STATUS", Database::status, false, (db, text) -> MigrationStatus.paint(db.status(), text)),
            new Column<>("TABLES", db -> JobView.text(db.tables()), false),
            new Column<>("TABLES DONE", db -> MigrationStatus.ofTotal(db.tablesDone(), db.tables()), false),
            new Column<>("PARTITIONS", db -> JobView.text(db.partitions()), false),
            new Column<>("DST PROJECT", Database::dstProjectName, true));

    private static final List<Column<Database>> WIDE_EXTRA = List.of(
            new Column<>("TABLES FAILED", db -> JobView.text(db.tablesFailed()), false),
            new Column<>("PARTITIONS DONE", db -> MigrationStatus.ofTotal(db.partitionsDone(), db.partitions()), false),
            new Column<>("PARTITIONS FAILED", db -> JobView.text(db.partitionsFailed()), false),
            new Column<>("ROWS", db -> JobView.text(db.numRows()), false),
            new Column<>("SIZE", db -> JobView.text(db.size()), false),
            new Column<>("DST SCHEMA", Database::dstName, true),
            new Column<>("LOCATION", Database::location, true),
            new Column<>("UPDATED", Database::updateTime, false));

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
