package dev.mms.plan;

import java.util.List;

/**
 * What the planner reads about a data source's catalog: whole lists, however many pages they take. The
 * implementation over the API ({@link CachedCatalog} around the client) fetches each list once per run.
 */
public interface SourceCatalog {

    /** Whether the data source has this database (ListMmsDbs). */
    boolean hasDatabase(long sourceId, String database);

    /** Every table of the database (ListMmsTables), in the catalog's order. */
    List<CatalogTable> tables(long sourceId, String database);

    /** Every partition of one table (ListMmsPartitions). */
    List<CatalogPartition> partitions(long sourceId, String database, String table);
}
