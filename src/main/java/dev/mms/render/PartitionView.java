package dev.mms.render;

import dev.mms.api.Partition;
import java.util.ArrayList;
import java.util.List;

/**
 * Columns of {@code mms partition list}; ID first, since it is what a Partitions spec's {@code partitions} takes.
 * {@code -o name} gives {@code partition/<id>}.
 */
final class PartitionView implements View<Partition> {

    private static final List<Column<Partition>> DEFAULT = List.of(
            new Column<>("ID", "id", p -> JobView.text(p.id()), false),
            new Column<>("DB", "dbName", Partition::dbName, true),
            new Column<>("TABLE", "tableName", Partition::tableName, true),
            new Column<>("VALUE", "value", Partition::value, true),
            new Column<>("STATUS", "status", Partition::status, false, (p, text) -> MigrationStatus.paint(p.status(), text)));

    private static final List<Column<Partition>> WIDE_EXTRA = List.of(
            new Column<>("ROWS", "numRows", p -> JobView.text(p.numRows()), false),
            new Column<>("SIZE", "size", p -> JobView.text(p.size()), false),
            new Column<>("LAST DDL", "lastDdlTime", Partition::lastDdlTime, false),
            new Column<>("DST TABLE", "dstTableName", Partition::dstTableName, true),
            new Column<>("DST VALUE", "dstValue", Partition::dstValue, true));

    /** The csv and tsv fields: every field of the API object, in its order. */
    private static final List<Field<Partition>> FIELDS = Field.of("id", "sourceId", "sourceName", "dbId", "dbName", "tableId", "tableName", "value", "dstProjectName", "dstSchemaName", "dstTableName", "dstValue", "status", "numRows", "size", "updated", "lastDdlTime");

    /** The order in which a table too wide for the terminal leaves columns out. */
    private static final List<String> DROP_ORDER = List.of("DB", "TABLE");

    @Override
    public List<Field<Partition>> fields() {
        return FIELDS;
    }

    @Override
    public List<String> dropOrder() {
        return DROP_ORDER;
    }

    @Override
    public List<Column<Partition>> columns(boolean wide) {
        if (!wide) {
            return DEFAULT;
        }
        List<Column<Partition>> all = new ArrayList<>(DEFAULT);
        all.addAll(WIDE_EXTRA);
        return List.copyOf(all);
    }

    @Override
    public String name(Partition partition) {
        return "partition/" + partition.id();
    }
}
