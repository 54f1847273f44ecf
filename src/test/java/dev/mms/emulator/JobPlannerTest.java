package dev.mms.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.api.JobSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobPlannerTest {

    private static final Catalog.Source HIVE = Catalog.builtIn().source(2000015).orElseThrow();

    static JobSpec spec(String db, List<String> tables, List<Long> partitions, List<String> white,
                        List<String> black, Map<String, String> filters) {
        return new JobSpec(2000015L, null, "j", db, null, "dst", null, null, tables, partitions, white, black,
                filters, null, null, null, null, null, null, null, null, null);
    }

    private static List<String> names(JobPlanner.Plan plan) {
        return plan.tasks().stream().map(t -> t.partition() == null ? t.tableName()
                : t.tableName() + ":" + t.partition()).toList();
    }

    @Test
    void tablesScopeMakesOneTaskPerPartitionOrTable() throws Exception {
        JobPlanner.Plan plan = JobPlanner.plan(HIVE, spec("sales", List.of("orders", "customers"), null, null, null,
                Map.of("orders", "ds >= '2024-06-02' and region in ('eu')")));
        assertEquals("Tables", plan.type());
        assertEquals(101, plan.dbId());
        assertEquals(List.of("orders:ds=2024-06-02/region=eu", "orders:ds=2024-06-03/region=eu", "customers"),
                names(plan));
    }

    @Test
    void numericPartitionColumnFilters() throws Exception {
        JobPlanner.Plan plan = JobPlanner.plan(HIVE, spec("web", List.of("page_views"), null, null, null,
                Map.of("page_views", "(ds = '2024-06-01' and hh >= 8) or (ds = \"2024-06-02\" and hh < 8)")));
        assertEquals(List.of("page_views:ds=2024-06-01/hh=8", "page_views:ds=2024-06-01/hh=16",
                "page_views:ds=2024-06-02/hh=0"), names(plan));
    }

    @Test
    void aFilterOnAColumnTheTableDoesNotHaveFailsThePlanNamingTheColumns() {
        JobPlanner.PlanException e = assertThrows(JobPlanner.PlanException.class, () -> JobPlanner.plan(HIVE,
                spec("sales", List.of("orders"), null, null, null, Map.of("orders", "dt = '2024-06-01'"))));
        assertTrue(e.getMessage().contains("unknown partition column 'dt'")
                && e.getMessage().contains("partitioned by ds, region"), e.getMessage());
    }

    @Test
    void partitionsScopeByIds() throws Exception {
        JobPlanner.Plan plan = JobPlanner.plan(HIVE, spec("sales", null, List.of(10002001L, 10001006L), null, null,
                null));
        assertEquals("Partitions", plan.type());
        assertEquals(List.of("order_items:ds=2024-06-01/hh=00", "orders:ds=2024-06-03/region=eu"), names(plan));
    }

    @Test
    void databaseScopeBlackListWinsOverWhiteList() throws Exception {
        JobPlanner.Plan plan = JobPlanner.plan(HIVE, spec("sales", null, null, List.of("customers"),
                List.of("orders", "order_items", "legacy_events"), null));
        assertEquals("Database", plan.type());
        assertEquals(List.of("customers", "products"), names(plan));
    }

    @Test
    void databaseScopeWhiteListAlone() throws Exception {
        JobPlanner.Plan plan = JobPlanner.plan(HIVE, spec("sales", null, null, List.of("products", "customers"),
                null, null));
        assertEquals(List.of("customers", "products"), names(plan));
    }

    @Test
    void wholeDatabaseCountsEveryPartitionAndMarksFailingTables() throws Exception {
        JobPlanner.Plan plan = JobPlanner.plan(HIVE, spec("sales", null, null, null, null, null));
        assertEquals(6 + 8 + 3, plan.tasks().size());
        List<StoredTask> failing = plan.tasks().stream().filter(StoredTask::fails).toList();
        assertEquals(1, failing.size());
        assertEquals("legacy_events", failing.get(0).tableName());
        assertTrue(failing.get(0).error().contains("permission denied"));
    }

    @Test
    void whatTheCatalogCannotSatisfyIsAPlanError() {
        assertMessage("database nope not found", spec("nope", List.of("orders"), null, null, null, null));
        assertMessage("table ghost not found in database sales", spec("sales", List.of("ghost"), null, null, null,
                null));
        assertMessage("partition 42 not found", spec("sales", null, List.of(42L), null, null, null));
        assertMessage("nothing to migrate", spec("sales", List.of("orders"), null, null, null,
                Map.of("orders", "ds > '2030-01-01'")));
        assertMessage("invalid partitionFilters for table orders: expected", spec("sales", List.of("orders"), null,
                null, null, Map.of("orders", "ds >> 1")));
        assertMessage("partition column 'dt'", spec("sales", List.of("orders"), null, null, null,
                Map.of("orders", "dt = '2024-06-01'")));
    }

    private static void assertMessage(String expected, JobSpec spec) {
        JobPlanner.PlanException e = assertThrows(JobPlanner.PlanException.class, () -> JobPlanner.plan(HIVE, spec));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
