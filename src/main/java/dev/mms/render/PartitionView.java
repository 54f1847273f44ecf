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
            new Column<>("ID", p -> JobView.text(p.id()), false),
            new Column<>("DB", Partition::dbName, true),
            new Column<>("TABLE", Partition::tableName, true),
            new Column<>("VALUE", Partition::value, true),
            new Column<>("STATUS", Partition::status, false, (p, text) -> MigrationStatus.paint(p.status(), text)));

    private static final List<Column<Partition>> WIDE_EXTRA = List.of(
            new Column<>("ROWS", p -> JobView.text(p.numRows()), false),
            new Column<>("SIZE", p -> JobView.text(p.size()), false),
            new Column<>("LAST DDL", Partition::lastDdlTime, false),
            new Column<>("DST TABLE", Partition::dstTableName, true),
            new Column<>("DST VALUE", Partition::dstValue, true));

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
