package dev.mms.plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A {@link SourceCatalog} that fetches each list once per run, however many specs ask for it and from however many
 * threads: the first asker fetches, the others wait for the same result. A failed fetch is not kept, so a later
 * spec tries again (the client has already retried what can be retried).
 */
public final class CachedCatalog implements SourceCatalog {

    private final SourceCatalog source;
    private final Map<Object, CompletableFuture<Object>> cache = new ConcurrentHashMap<>();

    public CachedCatalog(SourceCatalog source) {
        this.source = Objects.requireNonNull(source);
    }

    private record DbKey(long sourceId, String database) {
    }

    private record TablesKey(long sourceId, String database) {
    }

    private record PartitionsKey(long sourceId, String database, String table) {
    }

    @Override
    public boolean hasDatabase(long sourceId, String database) {
        return once(new DbKey(sourceId, database), () -> source.hasDatabase(sourceId, database));
    }

    @Override
    public List<CatalogTable> tables(long sourceId, String database) {
        return once(new TablesKey(sourceId, database), () -> List.copyOf(source.tables(sourceId, database)));
    }

    @Override
    public List<CatalogPartition> partitions(long sourceId, String database, String table) {
        return once(new PartitionsKey(sourceId, database, table),
                () -> List.copyOf(source.partitions(sourceId, database, table)));
    }

    @SuppressWarnings("unchecked")
    private <T> T once(Object key, Supplier<T> fetch) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> existing = cache.putIfAbsent(key, mine);
        if (existing == null) {
            try {
                mine.complete(fetch.get());
            } catch (RuntimeException e) {
                cache.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
            return (T) mine.join();
        }
        try {
            return (T) existing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
