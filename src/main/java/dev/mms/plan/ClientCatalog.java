package dev.mms.plan;

import dev.mms.api.Database;
import dev.mms.api.DbQuery;
import dev.mms.api.MmsClient;
import dev.mms.api.PageWalker;
import dev.mms.api.Partition;
import dev.mms.api.PartitionQuery;
import dev.mms.api.Table;
import dev.mms.api.TableQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The catalog as the API lists it, every page of ListMmsDbs, ListMmsTables and ListMmsPartitions. The name filters
 * of these operations may match more than the exact name (the docs do not say), so the exact name is checked here.
 * Wrap it in a {@link CachedCatalog}: this class fetches on every call.
 */
public final class ClientCatalog implements SourceCatalog {

    /** Items per catalog page: few requests, small enough for any server. */
    public static final int PAGE_SIZE = 100;

    private final MmsClient client;

    public ClientCatalog(MmsClient client) {
        this.client = client;
    }

    @Override
    public boolean hasDatabase(long sourceId, String database) {
        AtomicBoolean found = new AtomicBoolean();
        DbQuery query = new DbQuery(database, null, null, null, null);
        PageWalker.walk((page, size) -> client.listDatabases(sourceId, query.withPage(page, size)), 1, PAGE_SIZE,
                true, 0, Database::id, db -> found.compareAndSet(false, database.equals(db.name())));
        return found.get();
    }

    @Override
    public List<CatalogTable> tables(long sourceId, String database) {
        List<CatalogTable> tables = new ArrayList<>();
        TableQuery query = TableQuery.inDatabase(database);
        PageWalker.walk((page, size) -> client.listTables(sourceId, query.withPage(page, size)), 1, PAGE_SIZE, true,
                0, Table::id, t -> {
                    if (t.dbName() == null || database.equals(t.dbName())) {
                        tables.add(table(t));
                    }
                });
        return tables;
    }

    @Override
    public List<CatalogPartition> partitions(long sourceId, String database, String table) {
        List<CatalogPartition> partitions = new ArrayList<>();
        PartitionQuery query = PartitionQuery.of(database, table);
        PageWalker.walk((page, size) -> client.listPartitions(sourceId, query.withPage(page, size)), 1, PAGE_SIZE,
                true, 0, Partition::id, p -> {
                    boolean ours = (p.tableName() == null || table.equals(p.tableName()))
                            && (p.dbName() == null || database.equals(p.dbName()));
                    if (ours && p.id() != null) {
                        partitions.add(new CatalogPartition(p.id(), table, p.value(), p.numRows(), p.size()));
                    }
                });
        return partitions;
    }

    private static CatalogTable table(Table t) {
        List<CatalogTable.Column> partitionColumns = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        if (t.schema() != null) {
            if (t.schema().partitions() != null) {
                t.schema().partitions().forEach(c -> partitionColumns.add(new CatalogTable.Column(c.name(), c.type())));
            }
            if (t.schema().columns() != null) {
                t.schema().columns().forEach(c -> columns.add(c.name()));
            }
        }
        return new CatalogTable(t.id() == null ? 0 : t.id(), t.name(), partitionColumns, columns, t.numRows(),
                t.size(), Boolean.TRUE.equals(t.hasPartitions()));
    }
}
