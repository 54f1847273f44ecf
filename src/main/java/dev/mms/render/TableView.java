package dev.mms.render;

import dev.mms.api.Table;
import java.util.ArrayList;
import java.util.List;

/** Columns of {@code mms table list}, and {@code table/<db>.<name>} for {@code -o name}. */
final class TableView implements View<Table> {

    private static final List<Column<Table>> DEFAULT = List.of(
            new Column<>("ID", "id", t -> JobView.text(t.id()), false),
            new Column<>("DB", "dbName", Table::dbName, true),
            new Column<>("NAME", "name", Table::name, true),
            new Column<>("STATUS", "status", Table::status, false, (t, text) -> MigrationStatus.paint(t.status(), text)),
            new Column<>("PARTITIONED BY", "schema", t -> t.partitionColumnNames().isEmpty() ? null
                    : String.join(",", t.partitionColumnNames()), true),
            new Column<>("PARTITIONS", "partitions", t -> Boolean.FALSE.equals(t.hasPartitions()) ? null
                    : JobView.text(t.partitions()), false),
            new Column<>("PARTITIONS DONE", List.of("partitionsDone", "partitions"), t -> Boolean.FALSE.equals(t.hasPartitions()) ? null
                    : MigrationStatus.ofTotal(t.partitionsDone(), t.partitions()), false));

    private static final List<Column<Table>> WIDE_EXTRA = List.of(
            new Column<>("PARTITIONS FAILED", "partitionsFailed", t -> JobView.text(t.partitionsFailed()), false),
            new Column<>("TYPE", "type", Table::type, false),
            new Column<>("ROWS", "numRows", t -> JobView.text(t.numRows()), false),
            new Column<>("SIZE", "size", t -> JobView.text(t.size()), false),
            new Column<>("LAST DDL", "lastDdlTime", Table::lastDdlTime, false),
            new Column<>("LOCATION", "location", Table::location, true));

    /** The csv and tsv fields: every field of the API object, in its order. */
    private static final List<Field<Table>> FIELDS = Field.of("id", "name", "sourceId", "sourceName", "dbId", "dbName", "type", "status", "hasPartitions", "owner", "location", "numRows", "size", "partitions", "partitionsDoing", "partitionsDone", "partitionsFailed", "updated", "lastDdlTime", "inputFormat", "outputFormat", "serde", "extra", "schema");

    /** The order in which a table too wide for the terminal leaves columns out. */
    private static final List<String> DROP_ORDER = List.of("PARTITIONS", "PARTITIONED BY", "DB", "PARTITIONS DONE");

    @Override
    public List<Field<Table>> fields() {
        return FIELDS;
    }

    @Override
    public List<String> dropOrder() {
        return DROP_ORDER;
    }

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
