package dev.mms.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.api.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PlanRunTest {

    private final MemoryCatalog catalog = new MemoryCatalog()
            .table("sales", "orders", List.of(), List.of("ds string"), "ds=1", "ds=2", "ds=3")
            .table("sales", "items", List.of(), List.of("ds string"), "ds=1", "ds=2")
            .table("sales", "customers", List.of(), List.of());

    @Test
    void fiftySpecsOverOneDatabaseReadEachCatalogListOnce() {
        List<PlanRun.Input> inputs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            inputs.add(new PlanRun.Input("s" + i + ".yaml", i % 2 == 0 ? Specs.database(null, null)
                    : Specs.tables(List.of("orders"), Map.of("orders", "ds >= '" + (i % 3 + 1) + "'"))));
        }
        AtomicInteger lookups = new AtomicInteger();
        List<SpecPlan> plans = new PlanRun(new CachedCatalog(catalog), (source, name) -> {
            lookups.incrementAndGet();
            return List.of();
        }, 8).plan(inputs);
        assertEquals(50, plans.size());
        assertEquals("s0.yaml", plans.get(0).spec(), "in the order given");
        assertEquals("s49.yaml", plans.get(49).spec());
        assertEquals(1, catalog.reads("dbs"));
        assertEquals(1, catalog.reads("tables sales"));
        assertEquals(1, catalog.reads("partitions sales.orders"));
        assertEquals(1, catalog.reads("partitions sales.items"));
        assertEquals(0, catalog.reads("partitions sales.customers"), "an unpartitioned table has none to list");
        assertEquals(50, lookups.get(), "one job lookup per spec");
        assertTrue(plans.stream().allMatch(SpecPlan::ok));
    }

    @Test
    void aCatalogFailureFailsThatSpecAndIsNotCached() {
        AtomicInteger calls = new AtomicInteger();
        SourceCatalog flaky = new SourceCatalog() {
            @Override
            public boolean hasDatabase(long sourceId, String database) {
                if (calls.incrementAndGet() == 1) {
                    throw new ApiException(429, "Throttling", "throttled", "r1", null);
                }
                return catalog.hasDatabase(sourceId, database);
            }

            @Override
            public java.util.List<CatalogTable> tables(long sourceId, String database) {
                return catalog.tables(sourceId, database);
            }

            @Override
            public java.util.List<CatalogPartition> partitions(long sourceId, String database, String table) {
                return catalog.partitions(sourceId, database, table);
            }
        };
        List<SpecPlan> plans = new PlanRun(new CachedCatalog(flaky), (s, n) -> List.of(), 1).plan(List.of(
                new PlanRun.Input("a.yaml", Specs.tables(List.of("orders"), null)),
                new PlanRun.Input("b.yaml", Specs.tables(List.of("orders"), null))));
        assertNotNull(plans.get(0).failure());
        assertEquals("throttled", plans.get(0).error());
        assertTrue(plans.get(1).ok(), "the second spec asks again");
    }
}
