package dev.mms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code mms source get}, {@code db list}, {@code table list} and {@code partition list} end to end against the emulator. */
class CatalogCliTest extends AgainstEmulator {

    private CliHarness.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--source-id", "2000015"));
        all.addAll(List.of(args));
        return mms.run(all.toArray(String[]::new));
    }

    @Test
    void dbListShowsTheSourcesDatabasesWithTheirCounts() {
        CliHarness.Result r = run("db", "list").assertOk();
        List<String> lines = List.of(r.out().split("\n"));
        r.check(lines.get(0).matches("ID\\s+NAME\\s+STATUS\\s+TABLES\\s+TABLES DONE\\s+PARTITIONS\\s+DST PROJECT"),
                "header");
        r.check(lines.get(1).matches("101\\s+sales\\s+INIT\\s+5\\s+0/5\\s+14\\s+sales_dw"), "sales row");
        r.check(lines.get(2).matches("102\\s+web\\s+INIT\\s+3\\s+0/3\\s+6\\s+sales_dw"), "web row");
        r.checkEquals(3, lines.size(), "two databases");

        CliHarness.Result named = run("db", "list", "--name", "WE", "-o", "name").assertOk();
        named.checkEquals("db/web\n", named.out(), "name filter and -o name");
        CliHarness.Result none = run("db", "list", "--status", "failed").assertOk();
        none.checkEquals("", none.out(), "no database has failed");
        none.check(none.err().contains("No databases found on source 2000015."), "says nothing matched");
    }

    @Test
    void tableListOfOneDatabaseNamesItsPartitionColumns() {
        CliHarness.Result r = run("table", "list", "--db", "web").assertOk();
        r.check(r.out().contains("page_views") && r.out().contains("ds,hh"), "partition columns of page_views");
        r.check(!r.out().contains("orders"), "only tables of web");
        JsonNode json = run("table", "list", "--db", "sales", "--partitioned", "-o", "json").assertOk().json();
        r.checkEquals(2, json.size(), "orders and order_items are partitioned");
        r.checkEquals("orders", json.get(0).get("name").asText(), "first");
        r.checkEquals("region", json.get(0).get("schema").get("partitions").get(1).get("name").asText(),
                "the server's schema is passed through");
        CliHarness.Result csv = run("table", "list", "--no-partitioned", "--db", "sales", "-o", "csv",
                "--columns", "name,status").assertOk();
        csv.checkEquals("name,status\ncustomers,INIT\nproducts,INIT\nlegacy_events,INIT\n", csv.out(), "csv");
        CliHarness.Result badSort = run("table", "list", "--sort", "owner:desc").assertExit(ExitCodes.USAGE);
        badSort.check(badSort.err().contains("--sort cannot order by 'owner'"), "names the allowed fields");
    }

    @Test
    void partitionListNeedsDbAndTableAndPagesLikeJobList() {
        CliHarness.Result missing = run("partition", "list", "--db", "sales").assertExit(ExitCodes.USAGE);
        missing.check(missing.err().contains("--table"), "says --table is missing");

        CliHarness.Result page = run("partition", "list", "--db", "sales", "--table", "order_items",
                "--page-size", "3", "-o", "name").assertOk();
        page.checkEquals("partition/10002001\npartition/10002002\npartition/10002003\n", page.out(), "first page");
        CliHarness.Result all = run("partition", "list", "--db", "sales", "--table", "order_items",
                "--page-size", "3", "--all", "-o", "json").assertOk();
        all.checkEquals(8, all.json().size(), "--all walks every page");
        CliHarness.Result limited = run("partition", "list", "-d", "sales", "-t", "order_items", "--limit", "5",
                "--page-size", "2", "-o", "tsv", "--no-headers", "--columns", "id,value").assertOk();
        limited.checkEquals(5, limited.out().split("\n").length, "--limit across pages");
        limited.check(limited.out().startsWith("10002001\tds=2024-06-01/hh=00\n"), "tsv rows");
        CliHarness.Result eu = run("partition", "list", "-d", "sales", "-t", "orders", "--value", "region=eu",
                "-o", "name").assertOk();
        eu.checkEquals("partition/10001002\npartition/10001004\npartition/10001006\n", eu.out(), "--value filter");
    }

    /** What a user does to migrate chosen partitions: list them, put their ids in a spec, create it. */
    @Test
    void aPartitionsSpecWrittenOnlyFromPartitionListOutputIsCreated() throws IOException {
        CliHarness.Result listed = run("partition", "list", "--db", "sales", "--table", "orders",
                "--value", "ds=2024-06-03", "-o", "json").assertOk();
        List<String> ids = new ArrayList<>();
        listed.json().forEach(p -> ids.add(p.get("id").asText()));
        listed.checkEquals(2, ids.size(), "two partitions of 2024-06-03");
        Path spec = specs.resolve("partitions.yaml");
        Files.writeString(spec, "name: orders-0603\nsourceId: 2000015\nsrcDbName: sales\ndstDbName: sales_dw\n"
                + "partitions: [" + String.join(", ", ids) + "]\n", StandardCharsets.UTF_8);

        run("job", "create", "-f", spec.toString(), "--watch").assertOk();
        JsonNode jobs = run("job", "list", "--name", "orders-0603", "-o", "json").assertOk().json();
        listed.checkEquals(1, jobs.size(), "the job exists once");
        JsonNode job = jobs.get(0);
        listed.checkEquals("Partitions", job.get("type").asText(), "a Partitions job");
        listed.checkEquals(2, job.get("taskNum").asInt(), "one task per listed partition");
        listed.checkEquals(ids, List.of(job.get("config").get("partitions").get(0).asText(),
                job.get("config").get("partitions").get(1).asText()), "the ids that were listed");
    }

    @Test
    void sourceGetDescribesTheSourceAndHidesPasswords() {
        CliHarness.Result r = run("source", "get").assertOk();
        r.check(r.out().startsWith("ID:"), "describe block");
        r.check(r.out().matches("(?s).*Name:\\s+hive-prod\n.*"), "name");
        r.check(r.out().matches("(?s).*Tables:\\s+8 \\(done 0, partly done 0, doing 0, failed 0\\)\n.*"), "counts");
        r.check(r.out().contains("hive.metastore.uris") && r.out().contains("thrift://emulator-hms:9083"), "config");
        r.check(r.out().matches("(?s).*hive.jdbc.password\\s+HiveServer2 password\\s+password\\s+\\(hidden\\)\n.*"),
                "password hidden");

        JsonNode json = mms.run("source", "get", "source/2000016", "-o", "json").assertOk().json();
        r.checkEquals("bq-analytics", json.get("name").asText(), "the given id wins, source/ID form");
        r.check(json.has("tablesPartDoneNum") && json.has("partitionsFailedNum") && json.get("config").isArray(),
                "every count field and the config items, as the server sent them");
        CliHarness.Result name = mms.run("source", "get", "2000017", "-o", "name").assertOk();
        name.checkEquals("source/2000017\n", name.out(), "-o name");

        CliHarness.Result missing = mms.run("source", "get", "999").assertExit(ExitCodes.NOT_FOUND);
        missing.check(missing.err().contains("DataSource.NotFound"), "the API's code");
        missing.check(!missing.err().contains("Exception"), "no Java class named");
        mms.run("source", "get", "abc").assertExit(ExitCodes.USAGE);
    }

    @Test
    void countsFollowAFailedJob() {
        run("job", "create", "--name", "web all", "--src-db", "web", "--dst-db", "web_dw", "--watch")
                .assertExit(ExitCodes.FAILED);
        CliHarness.Result tables = run("table", "list", "--db", "web", "-o", "csv", "--columns", "name,status")
                .assertOk();
        tables.checkEquals("name,status\npage_views,DONE\nsessions,DONE\nclickstream_raw,FAILED\n", tables.out(),
                "statuses after the job");
        JsonNode source = run("source", "get", "-o", "json").assertOk().json();
        tables.checkEquals(1, source.get("tablesFailedNum").asInt(), "one failed table");
        tables.checkEquals(2, source.get("tablesDoneNum").asInt(), "two done");
        tables.checkEquals(6, source.get("partitionsDoneNum").asInt(), "six partitions of page_views");
        CliHarness.Result db = run("db", "list", "-o", "csv", "--columns", "name,status").assertOk();
        db.checkEquals("name,status\nsales,INIT\nweb,PART_DONE\n", db.out(), "web partly done");
    }
}
