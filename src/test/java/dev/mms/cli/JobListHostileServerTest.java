package dev.mms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mms.cli.ScriptedMmsServer.Reply;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** {@code mms job list} against a server that bends the paging contract and sends odd jobs (issue 4, the hard cases). */
class JobListHostileServerTest extends ScriptedServerCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static int pageNum(Map<String, String> query) {
        return ScriptedMmsServer.intParam(query, "pageNum", 1);
    }

    private static int pageSize(Map<String, String> query) {
        return ScriptedMmsServer.intParam(query, "pageSize", 20);
    }

    /** The page a server that honours pageNum and pageSize would send, before the test bends it. */
    private static ObjectNode slice(List<JsonNode> jobs, int pageNum, int pageSize) {
        return (ObjectNode) ScriptedMmsServer.slice(jobs, pageNum, pageSize);
    }

    private static void assertExactly(CliHarness.Result r, List<JsonNode> jobs) {
        JsonNode out = r.json();
        r.check(out.isArray(), "one JSON array");
        r.checkEquals(jobs.size(), out.size(), "number of jobs");
        for (int i = 0; i < jobs.size(); i++) {
            r.checkEquals(jobs.get(i), out.get(i), "job at position " + i);
        }
    }

    @Test
    void serverThatCapsThePageSizeAndSaysSo() {
        List<JsonNode> jobs = ListFixtures.jobs(230);
        server.serveJobs(q -> slice(jobs, pageNum(q), Math.min(50, pageSize(q))));
        assertExactly(list("--all", "-o", "json").assertOk(), jobs);
    }

    @Test
    void serverThatCapsThePageSizeButEchoesTheOneAsked() {
        List<JsonNode> jobs = ListFixtures.jobs(230);
        server.serveJobs(q -> slice(jobs, pageNum(q), Math.min(50, pageSize(q))).put("pageSize", pageSize(q)));
        assertExactly(list("--all", "-o", "json").assertOk(), jobs);
    }

    @Test
    void serverThatIgnoresPagingAndSendsEverythingOnEveryPage() {
        List<JsonNode> jobs = ListFixtures.jobs(230);
        server.serveJobs(q -> slice(jobs, 1, jobs.size()));
        CliHarness.Result r = list("--all", "-o", "json").assertOk();
        assertExactly(r, jobs);
        r.check(server.jobQueries().size() <= 2, "requests: " + server.jobQueries());
    }

    @Test
    void totalMissingKeepsFetchingUntilAShortPage() {
        List<JsonNode> jobs = ListFixtures.jobs(230);
        server.serveJobs(q -> {
            ObjectNode page = slice(jobs, pageNum(q), pageSize(q));
            page.remove("total");
            return page;
        });
        CliHarness.Result r = list("--all", "-o", "json").assertOk();
        assertExactly(r, jobs);
    }

    @Test
    void totalNullAndExactMultipleStopsAtTheEmptyPage() {
        List<JsonNode> jobs = ListFixtures.jobs(200);
        server.serveJobs(q -> slice(jobs, pageNum(q), pageSize(q)).putNull("total"));
        assertExactly(list("--all", "-o", "json").assertOk(), jobs);
    }

    @Test
    void totalTooSmallStillGivesEveryJob() {
        List<JsonNode> jobs = ListFixtures.jobs(230);
        server.serveJobs(q -> slice(jobs, pageNum(q), pageSize(q)).put("total", 100));
        assertExactly(list("--all", "-o", "json").assertOk(), jobs);
    }

    @Test
    void totalFarTooBigStopsAtTheFirstEmptyPage() {
        List<JsonNode> jobs = ListFixtures.jobs(230);
        server.serveJobs(q -> slice(jobs, pageNum(q), pageSize(q)).put("total", 1_000_000));
        CliHarness.Result r = list("--all", "-o", "json").assertOk();
        assertExactly(r, jobs);
        r.check(server.jobQueries().size() <= 3 + 4, "requests stop near the end: " + server.jobQueries().size());
    }

    @Test
    void totalShrinkingBetweenPages() {
        List<JsonNode> jobs = ListFixtures.jobs(230);
        List<JsonNode> fewer = jobs.subList(0, 150);
        server.serveJobs(q -> pageNum(q) == 1 ? slice(jobs, 1, pageSize(q)) : slice(fewer, pageNum(q), pageSize(q)));
        assertExactly(list("--all", "-o", "json", "--page-size", "100").assertOk(), fewer);
    }

    @Test
    void totalGrowingBetweenPagesAtTheEnd() {
        List<JsonNode> jobs = ListFixtures.jobs(230);
        List<JsonNode> more = ListFixtures.jobs(320);
        server.serveJobs(q -> pageNum(q) == 1 ? slice(jobs, 1, pageSize(q)) : slice(more, pageNum(q), pageSize(q)));
        assertExactly(list("--all", "-o", "json", "--page-size", "100").assertOk(), more);
    }

    @Test
    void objectListNullOrMissingAndPageNumMissing() {
        server.serveJobs(q -> {
            ObjectNode page = JSON.createObjectNode();
            page.put("total", 0);
            if (pageSize(q) > 0) {
                page.putNull("objectList");
            }
            return page;
        });
        CliHarness.Result r = list("--all", "-o", "json").assertOk();
        r.checkEquals(JSON.createArrayNode(), r.json(), "no jobs");
        server.serveJobs(q -> JSON.createObjectNode());
        CliHarness.Result missing = list("--all", "-o", "json").assertOk();
        missing.checkEquals(JSON.createArrayNode(), missing.json(), "no jobs");
        List<JsonNode> jobs = ListFixtures.jobs(230);
        server.serveJobs(q -> {
            ObjectNode page = slice(jobs, pageNum(q), pageSize(q));
            page.remove("pageNum");
            page.remove("pageSize");
            return page;
        });
        assertExactly(list("--all", "-o", "json").assertOk(), jobs);
    }

    static List<JsonNode> oddJobs() {
        return List.of(
                ListFixtures.parse("{\"id\":1}"),
                ListFixtures.parse("{\"id\":2,\"name\":null,\"taskNum\":null,\"taskDone\":3,\"status\":\"DONE\"}"),
                ListFixtures.parse("{\"id\":1152921504606846977,\"name\":\"huge id\",\"future\":{\"x\":[1,2]},"
                        + "\"status\":\"SOMETHING_NEW\"}"),
                ListFixtures.parse("{\"id\":4,\"name\":\"line1\\nline2\\r\\nline3, \\\"q\\\"\\t tab \\\\ back\","
                        + "\"createTime\":\"2025-01-01 00:00:00\"}"),
                ListFixtures.parse("{\"id\":5,\"name\":\"" + "长".repeat(3000) + " 😀 end\",\"config\":null}"),
                ListFixtures.parse("{\"id\":6,\"name\":\"- yes: no #\",\"eta\":\"2025-05-06\",\"config\":{\"x\":1}}"));
    }

    @Test
    void oddJobsAsJsonAreExactlyWhatTheServerSent() {
        server.serveJobs(oddJobs());
        assertExactly(list("--all", "-o", "json").assertOk(), oddJobs());
        server.serveJobs(List.of(ListFixtures.parse("{\"id\":\"42\",\"name\":\"s\",\"taskNum\":\"3\"}")));
        assertExactly(list("-o", "json").assertOk(), List.of(ListFixtures.parse(
                "{\"id\":\"42\",\"name\":\"s\",\"taskNum\":\"3\"}")));
    }

    @Test
    void oddJobsAsYamlReadBackAsWhatTheServerSent() throws IOException {
        server.serveJobs(oddJobs());
        CliHarness.Result r = list("--all", "-o", "yaml").assertOk();
        JsonNode out = new YAMLMapper().readTree(r.out());
        r.checkEquals(6, out.size(), "jobs");
        for (int i = 0; i < 6; i++) {
            r.checkEquals(oddJobs().get(i), out.get(i), "job " + i);
        }
    }

    @Test
    void oddJobsAsCsvAndTsvWithColumnsAndNoHeaders() throws IOException {
        server.serveJobs(oddJobs());
        CliHarness.Result r = list("--all", "-o", "csv", "--columns", "id,name,progress,created").assertOk();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(r.out()), CSVFormat.RFC4180)) {
            records = parser.getRecords();
        }
        r.checkEquals(7, records.size(), "header + jobs");
        r.checkEquals(List.of("id", "name", "taskNum", "taskDone", "createTime"), records.get(0).toList(), "header");
        for (int i = 0; i < 6; i++) {
            JsonNode in = oddJobs().get(i);
            CSVRecord rec = records.get(i + 1);
            r.checkEquals(5, rec.size(), "fields in record " + i);
            r.checkEquals(in.get("id").asText(), rec.get(0), "id " + i);
            r.checkEquals(in.hasNonNull("name") ? in.get("name").asText() : "", rec.get(1), "name " + i);
        }
        CliHarness.Result tsv = list("--all", "-o", "tsv", "--no-headers", "--columns", "id,name").assertOk();
        List<String> lines = tsv.out().lines().toList();
        tsv.checkEquals(6, lines.size(), "one line per job");
        for (String line : lines) {
            tsv.checkEquals(2, line.split("\t", -1).length, "fields in " + line);
        }
        CliHarness.Result names = list("--all", "-o", "name").assertOk();
        names.checkEquals(List.of("job/1", "job/2", "job/1152921504606846977", "job/4", "job/5", "job/6"),
                names.out().lines().toList(), "names");
    }

    @Test
    void noJobsInEveryFormat() throws IOException {
        server.serveJobs(List.of());
        CliHarness.Result json = list("--all", "-o", "json").assertOk();
        json.checkEquals(JSON.createArrayNode(), json.json(), "json");
        json.checkEquals("", json.err(), "json stderr");
        CliHarness.Result yaml = list("--all", "-o", "yaml").assertOk();
        yaml.checkEquals(0, new YAMLMapper().readTree(yaml.out()).size(), "yaml");
        CliHarness.Result csv = list("--all", "-o", "csv").assertOk();
        csv.checkEquals(1L, csv.out().lines().count(), "csv: header only");
        CliHarness.Result csvBare = list("--all", "-o", "csv", "--no-headers").assertOk();
        csvBare.checkEquals("", csvBare.out(), "csv without header");
        CliHarness.Result name = list("--all", "-o", "name").assertOk();
        name.checkEquals("", name.out(), "name");
        CliHarness.Result table = list("--all").assertOk();
        table.checkEquals("", table.out(), "table stdout");
        table.check(table.err().contains("No jobs found"), "table says so on stderr");
    }

    @Test
    void aPageThatFailsOnceIsRetried() {
        List<JsonNode> jobs = ListFixtures.jobs(230);
        AtomicInteger failures = new AtomicInteger();
        server.replyToJobs(q -> pageNum(q) == 2 && failures.getAndIncrement() == 0
                ? Reply.status(500, "{\"RequestId\":\"r1\",\"Code\":\"InternalError\",\"Message\":\"boom\"}")
                : Reply.ok(slice(jobs, pageNum(q), pageSize(q))));
        assertExactly(list("--all", "-o", "json").assertOk(), jobs);
    }

    @Test
    void aPageThatFailsForGoodLeavesNoCompleteLookingDocument() {
        List<JsonNode> jobs = ListFixtures.jobs(530);
        server.replyToJobs(q -> pageNum(q) == 3
                ? Reply.status(400, "{\"RequestId\":\"r3\",\"Code\":\"InvalidParameter\",\"Message\":\"bad page\"}")
                : Reply.ok(slice(jobs, pageNum(q), pageSize(q))));
        CliHarness.Result r = list("--all", "-o", "json", "--page-size", "100");
        r.check(r.exitCode() != ExitCodes.OK, "fails");
        r.check(r.err().contains("bad page"), "says why");
        boolean parses;
        try {
            JSON.readTree(r.out());
            parses = !r.out().isBlank();
        } catch (IOException e) {
            parses = false;
        }
        r.check(!parses, "stdout must not be a complete JSON document");
    }

    @Test
    void okWithABodyThatIsNotJson() {
        server.replyToJobs(q -> new Reply(200, Map.of("content-type", "text/html"), "<html>gateway</html>", 0));
        CliHarness.Result r = list("-o", "json");
        r.check(r.exitCode() != ExitCodes.OK, "fails");
        r.check(r.err().contains("not a JSON"), "says why: " + r.err());
        r.checkEquals("", r.out(), "stdout");
    }

    @Test
    void gatewayThrottlingWithRetryAfter() {
        List<JsonNode> jobs = ListFixtures.jobs(30);
        AtomicInteger calls = new AtomicInteger();
        server.replyToJobs(q -> calls.getAndIncrement() == 0
                ? Reply.status(400, "{\"RequestId\":\"t1\",\"HostId\":\"mms\",\"Code\":\"Throttling.User\","
                        + "\"Message\":\"Request was denied due to user flow control.\",\"Recommend\":\"x\"}")
                        .withHeader("x-acs-retry-after", "1")
                : Reply.ok(slice(jobs, pageNum(q), pageSize(q))));
        CliHarness.Result r = list("--all", "-o", "json").assertOk();
        assertExactly(r, jobs);
    }

    @Test
    void slowPagesArrivingOutOfOrderKeepTheServersOrder() {
        List<JsonNode> jobs = ListFixtures.jobs(530);
        server.replyToJobs(q -> Reply.ok(slice(jobs, pageNum(q), pageSize(q)))
                .after(pageNum(q) == 2 ? 600 : pageNum(q) == 3 ? 300 : 0));
        assertExactly(list("--all", "-o", "json").assertOk(), jobs);
    }

    @Test
    void limitAgainstPageSizesAndTotal() {
        List<JsonNode> jobs = ListFixtures.jobs(230);
        server.serveJobs(jobs);
        assertExactly(list("--limit", "7", "-o", "json").assertOk(), jobs.subList(0, 7));
        assertExactly(list("--limit", "230", "-o", "json").assertOk(), jobs);
        assertExactly(list("--limit", "1000", "-o", "json").assertOk(), jobs);
        assertExactly(list("--page", "3", "--page-size", "7", "-o", "json").assertOk(), jobs.subList(14, 21));
    }

    @Test
    void filtersWithReservedAndNonAsciiCharactersGoOutAsTheOfficialSdkSendsThem() throws Exception {
        server.serveJobs(List.of());
        String name = "a b+c&d=e%f/g?h#i~j*k'l 作业 😀";
        String srcDb = "db name%20x";
        list("--name", name, "--src-db", srcDb, "--dst-table", "t&u=v", "--timer-id", "9007199254740993",
                "--sort", "status:desc", "-o", "json").assertOk();
        java.util.Map<String, Object> sdk = new java.util.HashMap<>();
        sdk.put("name", name);
        sdk.put("srcDbName", srcDb);
        sdk.put("dstTableName", "t&u=v");
        sdk.put("timerId", 9007199254740993L);
        sdk.put("pageNum", 1);
        sdk.put("pageSize", 20);
        sdk.put("sorter", java.util.Map.of("status", "desc"));
        String sdkQuery = dev.mms.testing.SdkQuery.of(sdk);
        String ours = server.jobQueries().get(0);
        org.junit.jupiter.api.Assertions.assertEquals(
                new java.util.TreeSet<>(ScriptedMmsServer.rawPairs(sdkQuery)),
                new java.util.TreeSet<>(ScriptedMmsServer.rawPairs(ours)), "ours: " + ours + "\nsdk:  " + sdkQuery);
        org.junit.jupiter.api.Assertions.assertEquals(name, ScriptedMmsServer.decode(ours).get("name"));
    }
}
