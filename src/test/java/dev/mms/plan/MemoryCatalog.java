package dev.mms.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A catalog in memory for planner tests; counts how often each list is read. */
final class MemoryCatalog implements SourceCatalog {

    final Map<String, List<CatalogTable>> tables = new LinkedHashMap<>();
    final Map<String, List<CatalogPartition>> partitions = new LinkedHashMap<>();
    final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    private long nextId = 1;

    MemoryCatalog database(String name) {
        tables.putIfAbsent(name, new ArrayList<>());
        return this;
    }

    /** A table with partition columns "name type" and partitions given by value; rows 100 × n, size 1000 × n. */
    MemoryCatalog table(String db, String name, List<String> columns, List<String> partitionColumns,
                        String... values) {
        database(db);
        List<CatalogTable.Column> cols = partitionColumns.stream()
                .map(c -> new CatalogTable.Column(c.split(" ")[0], c.split(" ")[1])).toList();
        long tableId = nextId++;
        tables.get(db).add(new CatalogTable(tableId, name, cols, columns, cols.isEmpty() ? 5000L : null,
                cols.isEmpty() ? 64_000L : null));
        List<CatalogPartition> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            list.add(new CatalogPartition(tableId * 1000 + i + 1, name, values[i], 100L * (i + 1), 1000L * (i + 1)));
        }
        partitions.put(db + "." + name, list);
        return this;
    }

    int reads(String what) {
        AtomicInteger n = reads.get(what);
        return n == null ? 0 : n.get();
    }

    @Override
    public boolean hasDatabase(long sourceId, String database) {
        reads.computeIfAbsent("dbs", k -> new AtomicInteger()).incrementAndGet();
        return tables.containsKey(database);
    }

    @Override
    public List<CatalogTable> tables(long sourceId, String database) {
        reads.computeIfAbsent("tables " + database, k -> new AtomicInteger()).incrementAndGet();
        return tables.getOrDefault(database, List.of());
    }

    @Override
    public List<CatalogPartition> partitions(long sourceId, String database, String table) {
        reads.computeIfAbsent("partitions " + database + "." + table, k -> new AtomicInteger()).incrementAndGet();
        return partitions.getOrDefault(database + "." + table, List.of());
    }
}
