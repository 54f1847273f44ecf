package dev.mms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code mms job plan} end to end against an in-process emulator, with its catalog and its jobs. */
class JobPlanCliTest extends AgainstEmulator {

    private static final String HEAD = "sourceId: 2000015\nsrcDbName: sales\ndstDbName: sales_dw\n";

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.get(field).asText()));
        return out;
    }

    private static JsonNode table(JsonNode plan, String name) {
        for (JsonNode t : plan.get("tables")) {
            if (t.get("table").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no table " + name + " in " + plan);
    }

    private static List<String> kinds(JsonNode plan) {
        return texts(plan.get("issues"), "kind");
    }

    @Test
    void planListsExactlyThePartitionsTheFilterSelectsFromThePartitionList() {
        JsonNode partitions = mms.run("partition", "list", "--source-id", "2000015", "--db", "sales", "--table",
                "orders", "--all", "-o", "json").assertOk().json();
        List<String> expected = new ArrayList<>();
        long rows = 0;
        for (JsonNode p : partitions) {
            String value = p.get("value").asText(); // ds >= '2024-06-02' and region in ('cn', 'eu')
            if (value.compareTo("ds=2024-06-02") >= 0) {
                expected.add(value);
                rows += p.get("numRows").asLong();
            }
        }
        CliHarness.Result r = mms.run("job", "plan", "-f", "docs/examples/tables-with-filters.yaml", "-o", "json")
                .assertOk();
        JsonNode plan = r.json().get(0);
        JsonNode orders = table(plan, "orders");
        r.checkEquals(expected, texts(orders.get("partitions"), null), "exactly the selected partitions");
        r.checkEquals(rows, orders.get("rows").asLong(), "their rows");
        r.checkEquals("ods_orders", orders.get("destination").asText(), "tableMapping");
        r.checkEquals("region_code", orders.get("columnMapping").get("region").asText(), "columnMapping");
        r.checkEquals(List.of("ds=2024-06-01/hh=00", "ds=2024-06-01/hh=12"),
                texts(table(plan, "order_items").get("partitions"), null), "the other filter");
        r.checkEquals(false, table(plan, "customers").get("partitioned").asBoolean(), "whole table");
        r.checkEquals(true, plan.get("ok").asBoolean(), "ok");
    }

    @Test
    void tableOutputShowsTablesPartitionsAndTotals() {
        CliHarness.Result r = mms.run("job", "plan", "-f", "docs/examples/tables-with-filters.yaml").assertOk();
        r.check(r.out().startsWith("sales-daily-facts (docs/examples/tables-with-filters.yaml): Tables job, "
                + "source 2000015, sales -> sales_dw\n"), "the spec's heading");
        r.check(r.out().contains("orders       sales_dw.ods_orders       4 of 6"), "orders row");
        r.check(r.out().contains("ds=2024-06-03/region=eu\n"), "its partitions");
        r.check(r.out().contains("customers    sales_dw.customers        whole table"), "customers row");
        r.check(r.out().contains("Total: 1 spec, 3 tables, 6 of 14 partitions"), "totals");
    }

    @Test
    void everyWarningAUserMustSee() throws IOException {
        write("missing-table.yaml", "name: a\n" + HEAD + "tables: [orders, ordrs]\n");
        write("empty-filter.yaml", "name: b\n" + HEAD + "tables: [orders]\npartitionFilters:\n"
                + "  orders: \"ds = '2023-01-01'\"\n");
        write("wrong-column.yaml", "name: c\n" + HEAD + "tables: [orders, customers]\npartitionFilters:\n"
                + "  orders: \"dt = '2024-06-01' or ds = '2024-06-01'\"\n  customers: \"ds = '2024-06-01'\"\n");
        write("lists.yaml", "name: d\n" + HEAD + "tableWhiteList: [orders]\ntableBlackList: [legacy_events]\n");
        write("mapping.yaml", "name: e\n" + HEAD + "tables: [orders, customers]\ntableMapping:\n"
                + "  orders: everything\n  customers: everything\n");
        CliHarness.Result r = mms.run("job", "plan", "-f", specs.toString(), "-o", "json").assertExit(2);
        JsonNode plans = r.json();
        r.checkEquals(List.of("empty-filter.yaml", "lists.yaml", "mapping.yaml", "missing-table.yaml",
                "wrong-column.yaml"), texts(plans, "spec").stream().map(s -> Path.of(s).getFileName().toString())
                .toList(), "spec order");
        r.checkEquals(List.of("filter-selects-nothing", "nothing-selected"), kinds(plans.get(0)), "empty filter");
        r.checkEquals(List.of("white-list-ignored"), kinds(plans.get(1)), "lists");
        r.checkEquals(List.of("duplicate-destination"), kinds(plans.get(2)), "mapping");
        r.checkEquals(List.of("table-not-found"), kinds(plans.get(3)), "missing table");
        r.checkEquals(List.of("filter-on-unpartitioned-column", "filter-on-unpartitioned-column"),
                kinds(plans.get(4)), "wrong column, and a filter on a table without partitions");
        r.checkEquals(false, plans.get(0).get("ok").asBoolean(), "selects nothing");
        r.checkEquals(true, plans.get(3).get("ok").asBoolean(), "a warning alone is ok");
    }

    @Test
    void partitionsAlreadyMigratedByADoneJobOfTheSameName() throws IOException {
        Path done = write("done.yaml", "name: nightly\n" + HEAD + "tables: [orders]\npartitionFilters:\n"
                + "  orders: \"ds = '2024-06-01'\"\n");
        mms.run("job", "create", "-f", done.toString(), "--watch", "--interval", "100ms", "--timeout", "60s")
                .assertOk();
        Path wider = write("done.yaml", "name: nightly\n" + HEAD + "tables: [orders]\n");
        CliHarness.Result r = mms.run("job", "plan", "-f", wider.toString()).assertOk();
        r.check(r.out().contains("warning: 2 of the 6 selected partitions of orders were already migrated by "
                + "DONE job "), "the warning:\n" + r.out());
    }

    @Test
    void numbersOnlyForIntegerPartitionColumns() throws IOException {
        Path ok = write("ok.yaml", "name: a\n" + HEAD.replace("sales", "web") + "tables: [page_views]\n"
                + "partitionFilters:\n  page_views: \"hh >= 8\"\n");
        JsonNode plan = mms.run("job", "plan", "-f", ok.toString(), "-o", "json").assertOk().json().get(0);
        List<String> values = texts(table(plan, "page_views").get("partitions"), null);
        mms.run("job", "plan", "-f", ok.toString()).assertOk();
        if (!values.equals(List.of("ds=2024-06-01/hh=8", "ds=2024-06-01/hh=16", "ds=2024-06-02/hh=8",
                "ds=2024-06-02/hh=16"))) {
            throw new AssertionError("hh compares as a number: " + values);
        }
        Path bad = write("bad.yaml", "name: b\n" + HEAD + "tables: [orders]\npartitionFilters:\n"
                + "  orders: \"ds >= 20240601\"\n");
        CliHarness.Result r = mms.run("job", "plan", "-f", bad.toString()).assertExit(2);
        r.check(r.out().contains("error: partition filter of table orders: 'ds' is a string partition column"),
                "the type error");
    }

    @Test
    void databaseThatDoesNotExistIsExit2() throws IOException {
        Path file = write("x.yaml", "name: x\nsourceId: 2000015\nsrcDbName: nosuch\ndstDbName: dw\n");
        CliHarness.Result r = mms.run("job", "plan", "-f", file.toString()).assertExit(2);
        r.check(r.out().contains("error: database nosuch is not in the catalog of data source 2000015"), "says so");
    }

    @Test
    void fiftySpecsOverOneDatabaseCostTheCatalogPagesOnce() throws IOException {
        for (int i = 0; i < 50; i++) {
            String scope = switch (i % 3) {
                case 0 -> "tables: [orders, customers]\npartitionFilters:\n  orders: \"ds >= '2024-06-0" + (i % 3 + 1)
                        + "'\"\n";
                case 1 -> "tables: [order_items]\n";
                default -> "tableBlackList: [legacy_events]\n";
            };
            write("specs50/s" + String.format("%02d", i) + ".yaml", "name: job-" + i + "\n" + HEAD + scope);
        }
        CliHarness.Result r = mms.run("-v", "job", "plan", "-f", specs.resolve("specs50").toString(), "-o", "json")
                .assertOk();
        r.checkEquals(50, r.json().size(), "a plan per spec");
        int dbs = 0;
        int tables = 0;
        int partitions = 0;
        int jobs = 0;
        for (String line : r.errLines()) {
            if (!line.startsWith("> GET ")) {
                continue;
            }
            String path = line.substring(6).replaceAll("\\?.*", "");
            if (path.endsWith("/dbs")) {
                dbs++;
            } else if (path.endsWith("/tables")) {
                tables++;
            } else if (path.endsWith("/partitions")) {
                partitions++;
            } else if (path.endsWith("/jobs")) {
                jobs++;
            }
        }
        r.checkEquals(1, dbs, "ListMmsDbs requests");
        r.checkEquals(1, tables, "ListMmsTables requests (5 tables, one page)");
        r.checkEquals(2, partitions, "ListMmsPartitions requests (orders and order_items, one page each)");
        r.checkEquals(50, jobs, "ListMmsJobs requests: one name lookup per spec");
    }

    @Test
    void underGithubActionsPlanWarningsAreAnnotatedOnTheirLinesAndASummaryIsAppended() throws Exception {
        Path file = write("w.yaml", "name: w\n" + HEAD + "tables: [orders, ordrs]\n");
        Path summary = specs.resolve("summary.md");
        Path junit = specs.resolve("plan.xml");
        CliHarness.Result r = mms.withEnv("GITHUB_ACTIONS", "true").withEnv("GITHUB_STEP_SUMMARY", summary.toString())
                .run("job", "plan", "-f", file.toString(), "--report", "junit=" + junit).assertOk();
        r.check(r.errLines().stream().anyMatch(l -> l.startsWith("::warning file=" + file + ",line=5,col=")
                && l.contains("title=mms job plan::table ordrs of tables does not exist in database sales")),
                "annotation on the line of the item");
        String md = Files.readString(summary);
        r.check(md.startsWith("### mms job plan: 1 spec, all passed"), md);
        r.check(md.contains("| w | ✅ plan: 1 table, 6 of 6 partitions,"), md);
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        r.checkEquals(1, doc.getElementsByTagName("testcase").getLength(), "a test case per spec");
    }
}
