package dev.mms.render;

import dev.mms.api.Table;
import java.util.ArrayList;
import java.util.List;

/** Columns of {@code mms table list}, and {@code table/<db>.<name>} for {@code -o name}. */
final class TableView implements View<Table> {

    private static final List<Column<Table>> DEFAULT = List.of(
            new Column<>("ID", t -> JobView.text(t.id()), false),
            new Column<>("DB", Table::dbName, true),
            new Column<>("NAME", Table::name, true),
            new Column<>("STATUS", Table::status, false, (t, text) -> MigrationStatus.paint(t.status(), text)),
            new Column<>("PARTITIONED BY", t -> t.partitionColumnNames().isEmpty() ? null
                    : String.join(",", t.partitionColumnNames()), true),
            new Column<>("PARTITIONS", t -> Boolean.FALSE.equals(t.hasPartitions()) ? null
                    : JobView.text(t.partitions()), false),
            new Column<>("PARTITIONS DONE", t -> Boolean.FALSE.equals(t.hasPartitions()) ? null
                    : MigrationStatus.ofTotal(t.partitionsDone(), t.partitions()), false));

    private static final List<Column<Table>> WIDE_EXTRA = List.of(
            new Column<>("PARTITIONS FAILED", t -> JobView.text(t.partitionsFailed()), false),
            new Column<>("TYPE", Table::type, false),
            new Column<>("ROWS", t -> JobView.text(t.numRows()), false),
            new Column<>("SIZE", t -> JobView.text(t.size()), false),
            new Column<>("LAST DDL", Table::lastDdlTime, false),
            new Column<>("LOCATION", Table::location, true));

    @Override
    public List<Column<Table>> columns(boolean wide) {
        if (!wide) {
            return DEFAULT;
        }
        List<Column<Table>> all = new ArrayList<>(DEFAULT);
        all.addAll(WIDE_EXTRA);
        return List.copyOf(all);
    }

    @Override
    public String name(Table table) {
        return "table/" + (table.dbName() == null ? "" : table.dbName() + ".") + table.name();
    }
}
