package dev.mms.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A source table as ListMmsTables describes it: its partition columns with their types, its other column names
 * (empty when the catalog gives no schema), and its rows and size in bytes when the catalog knows them.
 * {@code hasPartitions} is the catalog's own flag, for a table whose schema leaves its partition columns out.
 */
public record CatalogTable(long id, String name, List<Column> partitionColumns, List<String> columns, Long numRows,
                           Long size, boolean hasPartitions) {

    public CatalogTable(long id, String name, List<Column> partitionColumns, List<String> columns, Long numRows,
                        Long size) {
        this(id, name, partitionColumns, columns, numRows, size, false);
    }

    public CatalogTable {
        partitionColumns = partitionColumns == null ? List.of() : List.copyOf(partitionColumns);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** A partition column, e.g. {@code ds string} or {@code hh bigint}. */
    public record Column(String name, String type) {
    }

    public boolean isPartitioned() {
        return hasPartitions || !partitionColumns.isEmpty();
    }

    /** Partition column name → type, in column order. */
    public Map<String, String> partitionColumnTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        partitionColumns.forEach(c -> types.put(c.name(), c.type()));
        return types;
    }
}
