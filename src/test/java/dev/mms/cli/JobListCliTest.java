package dev.mms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** {@code mms job list} against a server that is not our emulator, with pages the test chooses (issue 4). */
class JobListCliTest extends ScriptedServerCliTest {

    @Test
    void allAsJsonIsExactlyTheJobsInOrderAcrossManyPagesWithAShiftedDuplicateDropped() {
        List<JsonNode> jobs = ListFixtures.jobs(2050);
        // After page 1 was served a new job arrived at the front: every later page starts one job earlier, so the
        // last job of each page shows up again first on the next one.
        List<JsonNode> shifted = new ArrayList<>(jobs);
        shifted.add(0, ListFixtures.job(99_999));
        server.serveJobs(query -> {
            int pageNum = ScriptedMmsServer.intParam(query, "pageNum", 1);
            int pageSize = ScriptedMmsServer.intParam(query, "pageSize", 20);
            return ScriptedMmsServer.slice(pageNum == 1 ? jobs : shifted, pageNum, pageSize);
        });

        CliHarness.Result r = list("--all", "-o", "json").assertOk();
        JsonNode out = r.json();
        r.check(out.isArray(), "one JSON array");
        r.checkEquals(jobs.size(), out.size(), "number of jobs");
        for (int i = 0; i < jobs.size(); i++) {
            r.checkEquals(jobs.get(i), out.get(i), "job at position " + i);
        }
        List<String> queries = server.jobQueries();
        r.checkEquals(3, queries.size(), "one request per page of 1000: " + queries);
        for (int page = 1; page <= 3; page++) {
            r.check(queries.contains("pageNum=" + page + "&pageSize=1000"), "requested page " + page + ": " + queries);
        }
    }

    @Test
    void csvParsesWithAStandardReaderAndEqualsTheJobs() throws IOException {
        List<JsonNode> jobs = ListFixtures.jobs(230);
        server.serveJobs(jobs);
        CliHarness.Result r = list("--all", "-o", "csv").assertOk();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(r.out()),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            r.check(parser.getHeaderNames().containsAll(List.of("id", "name", "status", "taskDone", "taskNum",
                    "createTime")),
                    "header " + parser.getHeaderNames());
            records = parser.getRecords();
        }
        r.checkEquals(jobs.size(), records.size(), "records");
        for (int i = 0; i < jobs.size(); i++) {
            JsonNode job = jobs.get(i);
            CSVRecord record = records.get(i);
            for (String field : List.of("id", "name", "status", "taskDone", "taskNum", "stopped", "createTime")) {
                r.checkEquals(job.get(field).asText(), record.get(field), field + " of record " + i);
            }
            r.checkEquals(job.get("config").toString(), record.get("config"), "config of record " + i);
        }
    }

    @Test
    void jsonShowsTheServersObjectEvenWhereItsRecordCannotBeReadWhichATableNeeds() {
        List<JsonNode> jobs = ListFixtures.jobs(3);
        ((ObjectNode) jobs.get(1)).put("taskNum", "seven");
        server.serveJobs(jobs);

        CliHarness.Result json = list("-o", "json").assertOk();
        json.checkEquals(jobs, toList(json.json()), "the server's objects, as they came");
        CliHarness.Result query = list("--query", "[1].taskNum").assertOk();
        query.checkEquals("seven\n", query.out(), "--query reads the objects too");
        CliHarness.Result csv = list("-o", "csv", "--columns", "id,taskNum").assertOk();
        StringBuilder rows = new StringBuilder("id,taskNum\n");
        jobs.forEach(job -> rows.append(job.get("id").asText()).append(',').append(job.get("taskNum").asText())
                .append('\n'));
        csv.checkEquals(rows.toString(), csv.out(), "csv reads the objects too: their fields as sent");
        csv.check(csv.out().contains(",seven\n"), "the field no record could read");
        CliHarness.Result table = list().assertExit(ExitCodes.API_ERROR);
        table.check(table.err().contains("does not have the documented shape"), "the table needs the records");
        table.checkEquals("", table.out(), "no table from part of the jobs");
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    @Test
    void everyFilterGoesOutWithTheApiNameAndTheSdkEncoding() {
        server.serveJobs(ListFixtures.jobs(3));
        list("--name", "my job", "--src-db", "sales", "--src-table", "order items", "--dst-db", "sales_dw",
                "--dst-table", "ods_订单", "--status", "done", "--stopped", "--timer-id", "42",
                "--sort", "status:desc", "--page", "3", "--page-size", "7");
        String query = server.jobQueries().get(0);
        // The SDK's composeUrl form-encodes keys and values with java.net.URLEncoder (space as +), mms-api.md §3.2.
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("name", "my+job"),
                Map.entry("srcDbName", "sales"),
                Map.entry("srcTableName", "order+items"),
                Map.entry("dstDbName", "sales_dw"),
                Map.entry("dstTableName", URLEncoder.encode("ods_订单", StandardCharsets.UTF_8)),
                Map.entry("status", "DONE"),
                Map.entry("stopped", "1"),
                Map.entry("timerId", "42"),
                Map.entry("sorter.status", "desc"),
                Map.entry("pageNum", "3"),
                Map.entry("pageSize", "7")));
        Map<String, String> actual = new TreeMap<>();
        for (String pair : ScriptedMmsServer.rawPairs(query)) {
            String[] kv = pair.split("=", 2);
            actual.put(kv[0], kv[1]);
        }
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual, "query string " + query);
    }

    @Test
    void runningIsSentAsStoppedZero() {
        server.serveJobs(ListFixtures.jobs(3));
        list("--running", "--sort", "status:asc").assertOk();
        Map<String, String> query = ScriptedMmsServer.decode(server.jobQueries().get(0));
        org.junit.jupiter.api.Assertions.assertEquals("0", query.get("stopped"), server.jobQueries().toString());
        org.junit.jupiter.api.Assertions.assertEquals("asc", query.get("sorter.status"), server.jobQueries().toString());
    }

    @Test
    void limitStopsEarlyAndFetchesNoMorePagesThanItNeeds() {
        server.serveJobs(ListFixtures.jobs(1050));
        CliHarness.Result r = list("--limit", "150", "-o", "json").assertOk();
        JsonNode out = r.json();
        r.checkEquals(150, out.size(), "jobs");
        r.checkEquals(500_149L, out.get(149).get("id").asLong(), "last job");
        List<String> queries = server.jobQueries();
        r.checkEquals(List.of("pageNum=1&pageSize=150"), queries, "requests");
    }

    @Test
    void pageAndPageSizePassThrough() {
        List<JsonNode> jobs = ListFixtures.jobs(40);
        server.serveJobs(jobs);
        CliHarness.Result r = list("--page", "3", "--page-size", "5", "-o", "name").assertOk();
        r.checkEquals(List.of("pageNum=3&pageSize=5"), server.jobQueries(), "requests");
        r.checkEquals(List.of("job/500010", "job/500011", "job/500012", "job/500013", "job/500014"),
                r.out().lines().toList(), "names");
    }

    @Test
    void withoutPagingFlagsOneDefaultPageIsRequested() {
        server.serveJobs(ListFixtures.jobs(40));
        CliHarness.Result r = list("-o", "name").assertOk();
        r.checkEquals(List.of("pageNum=1&pageSize=20"), server.jobQueries(), "requests");
        r.checkEquals(20L, r.out().lines().count(), "jobs shown");
    }

    @Test
    void stoppedWithRunningIsAUsageErrorAndSendsNothing() {
        CliHarness.Result r = list("--stopped", "--running").assertExit(ExitCodes.USAGE);
        r.check(r.err().contains("--stopped") && r.err().contains("--running"), "names both flags");
        r.checkEquals(List.of(), server.jobQueries(), "requests");
    }

    @Test
    void badSortIsAUsageErrorAndSendsNothing() {
        CliHarness.Result r = list("--sort", "bad").assertExit(ExitCodes.USAGE);
        r.check(r.err().contains("status:asc"), "shows the valid values");
        r.checkEquals(List.of(), server.jobQueries(), "requests");
    }

    @Test
    void pageBelowOneIsAUsageErrorAndSendsNothing() {
        CliHarness.Result page = list("--page", "0").assertExit(ExitCodes.USAGE);
        page.check(page.err().startsWith("Error: --page must be 1 or more"), "says what is wrong");
        CliHarness.Result size = list("--page-size", "-1").assertExit(ExitCodes.USAGE);
        size.checkEquals(List.of(), server.jobQueries(), "requests");
    }

    @Test
    void aPageThatIsNotEverythingSaysSoOnStderrInEveryFormatPipedOrNot() {
        server.serveJobs(ListFixtures.jobs(1204));
        CliHarness.Result terminal = mms.onTerminal(false, true).run("job", "list", "--source-id", "2000015",
                "-o", "name").assertOk();
        terminal.checkEquals("Showing 20 of 1,204 jobs (page 1 of 61; --all for every page)\n", terminal.err(),
                "footer");
        terminal.checkEquals(20L, terminal.out().lines().count(), "jobs on stdout");
        CliHarness.Result piped = mms.onTerminal(true, false).run("job", "list", "--source-id", "2000015",
                "-o", "name").assertOk();
        piped.checkEquals(terminal.err(), piped.err(), "stderr when it is not a terminal");
        for (String format : List.of("json", "yaml", "csv", "tsv", "table", "wide")) {
            CliHarness.Result r = list("-o", format);
            r.checkEquals("Showing 20 of 1,204 jobs (page 1 of 61; --all for every page)\n", r.err(), "notice of " + format);
        }
        CliHarness.Result quiet = mms.run("-q", "job", "list", "--source-id", "2000015", "-o", "json").assertOk();
        quiet.checkEquals("", quiet.err(), "-q leaves it out");
        quiet.checkEquals(20, quiet.json().size(), "jobs");
    }

    @Test
    void noFooterWhenEveryJobFitsOnThePage() {
        server.serveJobs(ListFixtures.jobs(5));
        CliHarness.Result r = mms.onTerminal(true, true).withEnv("COLUMNS", "120").run("job", "list", "--source-id", "2000015").assertOk();
        r.checkEquals("", r.err(), "stderr");
    }
}
