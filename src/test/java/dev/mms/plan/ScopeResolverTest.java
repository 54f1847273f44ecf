package dev.mms.plan;

import static dev.mms.plan.Specs.database;
import static dev.mms.plan.Specs.spec;
import static dev.mms.plan.Specs.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.api.Job;
import dev.mms.api.JobConfig;
import dev.mms.plan.PlanIssue.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScopeResolverTest {

    private final MemoryCatalog catalog = new MemoryCatalog()
            .table("sales", "orders", List.of("id", "amount", "region_code"), List.of("ds string", "region string"),
                    "ds=2024-06-01/region=cn", "ds=2024-06-01/region=eu", "ds=2024-06-02/region=cn",
                    "ds=2024-06-02/region=eu", "ds=2024-06-03/region=cn", "ds=2024-06-03/region=eu")
            .table("sales", "customers", List.of("id", "name", "email"), List.of())
            .table("sales", "products", List.of("id", "title"), List.of())
            .table("sales", "page_views", List.of("url"), List.of("ds string", "hh int"),
                    "ds=2024-06-01/hh=0", "ds=2024-06-01/hh=8", "ds=2024-06-01/hh=16")
            .table("sales", "fact", List.of("v"), List.of("pt bigint"), "pt=20240530", "pt=20240531", "pt=20240601")
            .database("empty");

    private final ScopeResolver resolver = new ScopeResolver(catalog);

    private SpecPlan plan(dev.mms.api.JobSpec spec) {
        return resolver.plan("specs/x.yaml", spec, List.of());
    }

    private static TablePlan table(SpecPlan plan, String name) {
        return plan.tables().stream().filter(t -> t.table().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name + " in " + plan));
    }

    private static List<Kind> kinds(SpecPlan plan) {
        return plan.issues().stream().map(PlanIssue::kind).toList();
    }

    @Test
    void tablesScopeSelectsExactlyThePartitionsTheFilterMatches() {
        SpecPlan plan = plan(spec("t", "sales", List.of("orders", "customers"), null, null, null,
                Map.of("orders", "ds >= '2024-06-02' and region in ('cn')"), Map.of("orders", "ods_orders"), null));
        assertEquals("Tables", plan.scope());
        TablePlan orders = table(plan, "orders");
        assertEquals(List.of("ds=2024-06-02/region=cn", "ds=2024-06-03/region=cn"), orders.partitions());
        assertEquals(2, orders.selectedPartitions());
        assertEquals(6, orders.totalPartitions());
        assertEquals("ods_orders", orders.destination());
        assertEquals(300L + 500L, orders.rows(), "rows of the 3rd and 5th partitions");
        assertEquals(3000L + 5000L, orders.size());
        TablePlan customers = table(plan, "customers");
        assertFalse(customers.partitioned());
        assertEquals("customers", customers.destination());
        assertEquals(5000L, customers.rows());
        assertEquals(List.of(), plan.issues());
        assertTrue(plan.ok());
        SpecPlan.Totals totals = plan.totals();
        assertEquals(2, totals.tables());
        assertEquals(2, totals.selectedPartitions());
        assertEquals(800L + 5000L, totals.rows());
    }

    @Test
    void orAndParenthesesFollowTheGrammar() {
        SpecPlan plan = plan(tables(List.of("orders"),
                Map.of("orders", "ds = '2024-06-01' or (ds = '2024-06-03' and region <> 'cn')")));
        assertEquals(List.of("ds=2024-06-01/region=cn", "ds=2024-06-01/region=eu", "ds=2024-06-03/region=eu"),
                table(plan, "orders").partitions());
    }

    @Test
    void withoutAFilterEveryPartitionIsSelected() {
        SpecPlan plan = plan(tables(List.of("orders"), null));
        assertEquals(6, table(plan, "orders").selectedPartitions());
        assertEquals(2100L, table(plan, "orders").rows());
    }

    @Test
    void tableThatDoesNotExistIsAWarningWithItsKeyAndTheNearestName() {
        SpecPlan plan = plan(tables(List.of("orders", "custmers"), null));
        PlanIssue issue = plan.issues().get(0);
        assertEquals(Kind.TABLE_NOT_FOUND, issue.kind());
        assertEquals(PlanIssue.Severity.WARNING, issue.severity());
        assertEquals("tables[1]", issue.key());
        assertTrue(issue.message().contains("custmers") && issue.message().contains("did you mean customers?"),
                issue.message());
        assertTrue(plan.ok(), "orders is still migrated");
    }

    @Test
    void filterThatSelectsNothingIsAWarningAndASpecThatSelectsNothingIsAnError() {
        SpecPlan plan = plan(tables(List.of("orders"), Map.of("orders", "ds = '2025-01-01'")));
        assertEquals(List.of(Kind.FILTER_SELECTS_NOTHING, Kind.NOTHING_SELECTED), kinds(plan));
        assertEquals("partitionFilters.orders", plan.issues().get(0).key());
        assertTrue(plan.issues().get(0).message().contains("none of its 6 partitions"));
        assertTrue(plan.issues().get(1).isError());
        assertFalse(plan.ok());
    }

    @Test
    void filterOnAColumnTheTableIsNotPartitionedByIsAWarning() {
        SpecPlan plan = plan(tables(List.of("orders"), Map.of("orders", "dt = '2024-06-01'")));
        assertEquals(Kind.FILTER_ON_UNPARTITIONED_COLUMN, plan.issues().get(0).kind());
        assertTrue(plan.issues().get(0).message().contains("names column dt, but the table is partitioned by ds, "
                + "region"), plan.issues().get(0).message());
        assertTrue(kinds(plan).contains(Kind.FILTER_SELECTS_NOTHING));
    }

    @Test
    void filterOnATableWithoutPartitionsIsIgnoredWithAWarning() {
        SpecPlan plan = plan(tables(List.of("customers"), Map.of("customers", "ds = '2024-06-01'")));
        assertEquals(List.of(Kind.FILTER_ON_UNPARTITIONED_COLUMN), kinds(plan));
        assertTrue(table(plan, "customers").selectsSomething());
        assertTrue(plan.ok());
    }

    @Test
    void integerColumnsCompareAsNumbers() {
        SpecPlan plan = plan(tables(List.of("page_views", "fact"),
                Map.of("page_views", "hh >= 8", "fact", "pt >= 20240531")));
        assertEquals(List.of("ds=2024-06-01/hh=8", "ds=2024-06-01/hh=16"), table(plan, "page_views").partitions(),
                "16 >= 8 as numbers, though '16' < '8' as text");
        assertEquals(List.of("pt=20240531", "pt=20240601"), table(plan, "fact").partitions());
    }

    @Test
    void quotedNumberOnAnIntegerColumnComparesAsANumber() {
        SpecPlan plan = plan(tables(List.of("page_views"), Map.of("page_views", "hh = '08'")));
        assertEquals(List.of("ds=2024-06-01/hh=8"), table(plan, "page_views").partitions());
    }

    @Test
    void numberComparedWithAStringColumnIsAnError() {
        SpecPlan plan = plan(tables(List.of("orders"), Map.of("orders", "ds >= 20240601")));
        PlanIssue issue = plan.issues().get(0);
        assertEquals(Kind.FILTER_TYPE_MISMATCH, issue.kind());
        assertTrue(issue.isError());
        assertTrue(issue.message().contains("'ds' is a string partition column"), issue.message());
        assertEquals(0, table(plan, "orders").selectedPartitions());
        assertFalse(plan.ok());
    }

    @Test
    void textComparisonOnAStringColumn() {
        SpecPlan plan = plan(tables(List.of("orders"), Map.of("orders", "region > 'd'")));
        assertEquals(3, table(plan, "orders").selectedPartitions(), "eu > d, cn < d");
    }

    @Test
    void databaseScopeWithBothListsFollowsTheBlackListAndWarns() {
        SpecPlan plan = plan(database(List.of("orders"), List.of("products")));
        assertEquals("Database", plan.scope());
        assertEquals(List.of("orders", "customers", "page_views", "fact"),
                plan.tables().stream().map(TablePlan::table).toList());
        PlanIssue issue = plan.issues().get(0);
        assertEquals(Kind.WHITE_LIST_IGNORED, issue.kind());
        assertEquals("tableWhiteList", issue.key());
        assertTrue(issue.message().contains("3 more than the white list names (customers, page_views, fact)"),
                issue.message());
    }

    @Test
    void databaseScopeWithAWhiteListOnly() {
        SpecPlan plan = plan(database(List.of("customers", "fact", "nope"), null));
        assertEquals(List.of("customers", "fact"), plan.tables().stream().map(TablePlan::table).toList());
        assertEquals(List.of(Kind.TABLE_NOT_FOUND), kinds(plan));
        assertEquals("tableWhiteList[2]", plan.issues().get(0).key());
    }

    @Test
    void blackListedTableThatDoesNotExistExcludesNothing() {
        SpecPlan plan = plan(database(null, List.of("ordres")));
        assertEquals(5, plan.tables().size());
        assertTrue(plan.issues().get(0).message().contains("it excludes nothing (did you mean orders?)"),
                plan.issues().get(0).message());
    }

    @Test
    void wholeDatabaseWithoutLists() {
        SpecPlan plan = plan(database(null, null));
        assertEquals(5, plan.tables().size());
        assertEquals(6 + 3 + 3, plan.totals().selectedPartitions());
    }

    @Test
    void partitionsById() {
        long orders1 = catalog.partitions.get("sales.orders").get(0).id();
        long fact3 = catalog.partitions.get("sales.fact").get(2).id();
        SpecPlan plan = plan(spec("p", "sales", null, List.of(fact3, orders1, 999L), null, null,
                Map.of("orders", "ds = 'ignored'"), null, null));
        assertEquals("Partitions", plan.scope());
        assertEquals(List.of("orders", "fact"), plan.tables().stream().map(TablePlan::table).toList(),
                "tables in catalog order");
        assertEquals(List.of("ds=2024-06-01/region=cn"), table(plan, "orders").partitions(),
                "partition filters do not apply to a Partitions job");
        assertEquals(List.of("pt=20240601"), table(plan, "fact").partitions());
        assertEquals(List.of(Kind.PARTITION_NOT_FOUND), kinds(plan));
        assertEquals("partitions[2]", plan.issues().get(0).key());
    }

    @Test
    void filterForATableOutsideTheScopeSelectsNothing() {
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        filters.put("orders", "ds = '2024-06-01'");
        filters.put("nothere", "x = '1'");
        SpecPlan plan = plan(spec("d", "sales", null, null, null, List.of("orders"), filters, null, null));
        assertEquals(List.of(Kind.FILTER_SELECTS_NOTHING, Kind.FILTER_SELECTS_NOTHING), kinds(plan));
        assertTrue(plan.issues().get(0).message().contains("orders is not in the job's scope"));
        assertTrue(plan.issues().get(1).message().contains("nothere is not in database sales"));
    }

    @Test
    void twoTablesMappedToOneDestinationIsAWarning() {
        SpecPlan plan = plan(spec("t", "sales", List.of("orders", "customers", "products"), null, null, null, null,
                Map.of("orders", "all_rows", "customers", "all_rows"), null));
        assertEquals(List.of(Kind.DUPLICATE_DESTINATION), kinds(plan));
        assertTrue(plan.issues().get(0).message().contains("tables orders and customers would both be migrated "
                + "to dw.all_rows"), plan.issues().get(0).message());
        SpecPlan implicit = plan(spec("t", "sales", List.of("orders", "customers"), null, null, null, null,
                Map.of("orders", "customers"), null));
        assertEquals(List.of(Kind.DUPLICATE_DESTINATION), kinds(implicit), "orders goes where customers goes");
        assertEquals("tableMapping.orders", implicit.issues().get(0).key());
    }

    @Test
    void columnMappingRenamesColumnsAndWarnsOnCollisionsAndUnusedEntries() {
        SpecPlan plan = plan(spec("t", "sales", List.of("orders", "customers"), null, null, null, null, null,
                Map.of("amount", "total", "region_code", "region", "nosuch", "x")));
        assertEquals(Map.of("amount", "total", "region_code", "region"), table(plan, "orders").columnMapping());
        assertEquals(Map.of(), table(plan, "customers").columnMapping());
        assertEquals(List.of(Kind.DUPLICATE_DESTINATION, Kind.MAPPING_UNUSED), kinds(plan));
        assertTrue(plan.issues().get(0).message().contains("columns region_code and region of table orders would "
                + "both become column region"), plan.issues().get(0).message());
        assertEquals("columnMapping.nosuch", plan.issues().get(1).key());
    }

    @Test
    void tableMappingForATableOutsideTheScopeIsUnused() {
        SpecPlan plan = plan(spec("t", "sales", List.of("orders"), null, null, null, null,
                Map.of("customers", "c"), null));
        assertEquals(List.of(Kind.MAPPING_UNUSED), kinds(plan));
    }

    @Test
    void partitionsAlreadyMigratedByADoneJobOfTheSameName() {
        Job done = job(42, "DONE", List.of("orders", "customers"), Map.of("orders", "ds = '2024-06-01'"));
        Job running = job(43, "DOING", List.of("orders"), null);
        SpecPlan plan = resolver.plan("x.yaml", tables(List.of("orders", "customers", "products"), null),
                List.of(done, running));
        assertEquals(List.of(Kind.ALREADY_MIGRATED, Kind.ALREADY_MIGRATED), kinds(plan));
        assertEquals("2 of the 6 selected partitions of orders were already migrated by DONE job 42 't'",
                plan.issues().get(0).message());
        assertEquals("table customers was already migrated by DONE job 42 't'", plan.issues().get(1).message());
        assertEquals("name", plan.issues().get(0).key());
    }

    @Test
    void doneJobThatMigratedOtherPartitionsIsNoWarning() {
        Job done = job(42, "DONE", List.of("orders"), Map.of("orders", "ds = '2024-06-01'"));
        SpecPlan plan = resolver.plan("x.yaml", tables(List.of("orders"), Map.of("orders", "ds = '2024-06-02'")),
                List.of(done));
        assertEquals(List.of(), plan.issues());
    }

    @Test
    void databaseThatDoesNotExistIsAnError() {
        SpecPlan plan = plan(spec("t", "salez", List.of("orders"), null, null, null, null, null, null));
        assertEquals(List.of(Kind.DATABASE_NOT_FOUND), kinds(plan));
        assertEquals("srcDbName", plan.issues().get(0).key());
        assertFalse(plan.ok());
        assertEquals(0, catalog.reads("tables salez"), "no table list for a database that is not there");
    }

    @Test
    void emptyDatabaseSelectsNothing() {
        SpecPlan plan = plan(spec("d", "empty", null, null, null, null, null, null, null));
        assertEquals(List.of(Kind.NOTHING_SELECTED), kinds(plan));
    }

    @Test
    void rowsAreUnknownWhenAPartitionDoesNotGiveThem() {
        catalog.partitions.put("sales.fact", List.of(new CatalogPartition(1, "fact", "pt=1", null, 10L),
                new CatalogPartition(2, "fact", "pt=2", 5L, 10L)));
        SpecPlan plan = plan(tables(List.of("fact"), null));
        assertNull(table(plan, "fact").rows());
        assertEquals(20L, table(plan, "fact").size());
        assertNull(plan.totals().rows());
    }

    @Test
    void aTableWhoseSchemaLeavesOutItsPartitionColumnsIsFilteredByTheNamesItsValuesUse() {
        catalog.tables.get("sales").add(new CatalogTable(77, "bare", List.of(), List.of(), null, null, true));
        catalog.partitions.put("sales.bare", List.of(new CatalogPartition(1, "bare", "dt=1", 1L, 1L),
                new CatalogPartition(2, "bare", "dt=2", 1L, 1L)));
        SpecPlan plan = plan(tables(List.of("bare"), Map.of("bare", "dt = '2'")));
        assertEquals(List.of("dt=2"), table(plan, "bare").partitions());
        assertEquals(2, table(plan, "bare").totalPartitions());
        assertEquals(List.of(), plan.issues());
    }

    private static Job job(long id, String status, List<String> tables, Map<String, String> filters) {
        JobConfig config = new JobConfig(null, tables, null, null, filters, null, null, null, null, null, null, null,
                null);
        return new Job(id, "t", 2000015L, 101L, "hive", "sales", null, "dw", null, status, "Tables", 1, 1, false,
                "2024-06-01 00:00:00", null, config);
    }
}
