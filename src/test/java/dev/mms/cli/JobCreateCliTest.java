package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.emulator.EmulatorConfig;
import dev.mms.emulator.EmulatorServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code mms job create}, {@code validate} and their exit codes, end to end against an in-process emulator. */
class JobCreateCliTest {

    /** A 10-task job takes about 15 s at speed 1, so about 50 ms here. */
    private static final double FAST = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    @TempDir
    Path specs;

    private EmulatorServer emulator;
    private CliHarness mms;

    @BeforeEach
    void start() throws IOException {
        emulator = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(FAST));
        mms = CliHarness.of(home, emulator.endpoint());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Path spec(String fileName, String yaml) throws IOException {
        Path file = specs.resolve(fileName);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private static String tablesSpec(String name, String table) {
        return "name: " + name + "\nsourceId: 2000015\nsrcDbName: sales\ndstDbName: sales_dw\ntables: [" + table + "]\n";
    }

    /** The jobs on the emulator's source 2000015, read through mms itself. */
    private JsonNode jobsOnServer() {
        return mms.run("job", "list", "--source-id", "2000015", "--all", "-o", "json").assertOk().json();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tables-with-filters.yaml", "partitions.yaml", "database-with-blacklist.yaml"})
    void exampleSpecIsCreatedAndFollowedToDone(String example) {
        // database-with-blacklist leaves out the failing clickstream_raw table; the others avoid failing tables.
        CliHarness.Result r = mms.run("job", "create", "-f", Path.of("docs", "examples", example).toString(),
                "--watch", "--interval", "100ms", "--timeout", "60s");
        r.assertOk();
        r.check(r.out().contains("DONE"), "the outcome row shows DONE");
        JsonNode jobs = jobsOnServer();
        r.checkEquals(1, jobs.size(), "jobs on the server");
        r.checkEquals("DONE", jobs.get(0).get("status").asText(), "status of the created job");
    }

    @Test
    void watchedSpecPrintsItsOutcomeRowWithTheJobIdAndDone() throws IOException {
        Path file = spec("daily.yaml", tablesSpec("daily", "orders"));
        CliHarness.Result r = mms.run("job", "create", "-f", file.toString(), "--watch", "--interval", "100ms",
                "--timeout", "60s", "-o", "yaml").assertOk();
        long jobId = jobsOnServer().get(0).get("id").asLong();
        r.check(r.out().contains("jobId: " + jobId), "the outcome names the job id " + jobId);
        r.check(r.out().contains("status: \"DONE\""), "the outcome shows DONE");
    }

    @Test
    void specOnAFailingTableExitsFive() throws IOException {
        Path file = spec("legacy.yaml", tablesSpec("legacy", "legacy_events"));
        CliHarness.Result r = mms.run("job", "create", "-f", file.toString(), "--watch", "--interval", "100ms",
                "--timeout", "60s");
        r.assertExit(ExitCodes.FAILED);
        r.check(r.out().contains("FAILED"), "the outcome row says FAILED");
    }

    @Test
    void timeoutOnASlowJobExitsSix() throws IOException {
        try (EmulatorServer slow = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(0.01))) {
            Path file = spec("slow.yaml", tablesSpec("slow", "orders"));
            long started = System.nanoTime();
            CliHarness.Result r = CliHarness.of(home, slow.endpoint()).run("job", "create", "-f", file.toString(),
                    "--watch", "--interval", "100ms", "--timeout", "1s");
            r.assertExit(ExitCodes.TIMED_OUT);
            long millis = (System.nanoTime() - started) / 1_000_000;
            r.check(millis < 10_000, "stopped near the 1s deadline, took " + millis + " ms");
        }
    }

    @Test
    void directoryOfSpecsCreatesOneJobPerSpecWithOneRowEachAndTheWorstExitCode() throws IOException {
        spec("dir/a.yaml", tablesSpec("job-a", "orders"));
        spec("dir/b.yaml", tablesSpec("job-b", "customers"));
        spec("dir/c.yml", tablesSpec("job-c", "legacy_events"));
        spec("dir/d.json", "{\"name\":\"job-d\",\"sourceId\":2000015,\"srcDbName\":\"sales\","
                + "\"dstDbName\":\"sales_dw\",\"tables\":[\"products\"]}");
        CliHarness.Result r = mms.run("job", "create", "-f", specs.resolve("dir").toString(), "--watch",
                "--interval", "100ms", "--timeout", "60s", "-o", "csv");
        r.assertExit(ExitCodes.FAILED);
        List<String> rows = r.out().lines().toList();
        r.checkEquals(5, rows.size(), "a header and one row per spec");
        for (String name : List.of("job-a", "job-b", "job-c", "job-d")) {
            r.check(rows.stream().filter(row -> row.contains(name)).count() == 1, "one row for " + name);
        }
        r.checkEquals(4, jobsOnServer().size(), "jobs created");
    }

    @Test
    void directoryWithoutWatchExitsZeroAndCreatesEveryJob() throws IOException {
        for (int i = 0; i < 6; i++) {
            spec("many/spec-" + i + ".yaml", tablesSpec("many-" + i, "orders"));
        }
        CliHarness.Result r = mms.run("job", "create", "-f", specs.resolve("many").toString(), "-o", "name");
        r.assertOk();
        r.checkEquals(6L, r.out().lines().filter(line -> line.startsWith("asynctask/")).count(),
                "one asynctask/ID line per spec");
        // Creation is asynchronous: wait for the async tasks to finish before counting the jobs.
        long deadline = System.currentTimeMillis() + 10_000;
        while (jobsOnServer().size() < 6 && System.currentTimeMillis() < deadline) {
            sleep(50);
        }
        r.checkEquals(6, jobsOnServer().size(), "jobs created");
    }

    @Test
    void ifNotExistsTwiceReportsUnchangedTheSecondTime() throws IOException {
        Path file = spec("daily.yaml", tablesSpec("daily", "orders"));
        CliHarness.Result first = mms.run("job", "create", "-f", file.toString(), "--if-not-exists", "--watch",
                "--interval", "100ms", "--timeout", "60s", "-o", "yaml").assertOk();
        first.check(first.out().contains("result: \"CREATED\""), "created the first time");
        CliHarness.Result second = mms.run("job", "create", "-f", file.toString(), "--if-not-exists", "-o", "json")
                .assertOk();
        JsonNode outcome = second.json();
        JsonNode row = outcome.isArray() ? outcome.get(0) : outcome;
        second.checkEquals("UNCHANGED", row.get("result").asText(), "result of the second run");
        second.checkEquals(1, jobsOnServer().size(), "jobs on the server");
    }

    @Test
    void dryRunPrintsTheExactRequestAndSendsNothing() throws IOException {
        Path file = spec("daily.yaml", tablesSpec("daily", "orders"));
        CliHarness.Result r = mms.run("job", "create", "-f", file.toString(), "--dry-run").assertOk();
        List<String> lines = r.out().lines().toList();
        r.checkEquals(List.of("# " + file + " (daily): CreateMmsJob on http://" + emulator.endpoint(),
                "POST /api/v1/mms/datasources/2000015/jobs",
                "{\"sourceId\":2000015,\"name\":\"daily\",\"srcDbName\":\"sales\",\"dstDbName\":\"sales_dw\","
                        + "\"tables\":[\"orders\"]}"), lines, "dry-run output");
        r.checkEquals(0, jobsOnServer().size(), "jobs on the server after --dry-run");
    }

    @Test
    void dryRunAsJsonIsOneDocumentWithTheBodyAsAnObject() throws IOException {
        Path file = spec("daily.yaml", tablesSpec("daily", "orders"));
        CliHarness.Result r = mms.run("job", "create", "-f", file.toString(), "--dry-run", "-o", "json").assertOk();
        JsonNode request = r.json().get(0);
        r.checkEquals("POST", request.get("method").asText(), "method");
        r.checkEquals("/api/v1/mms/datasources/2000015/jobs", request.get("path").asText(), "path");
        r.checkEquals("http://" + emulator.endpoint(), request.get("endpoint").asText(), "endpoint");
        r.checkEquals(file.toString(), request.get("file").asText(), "file");
        r.checkEquals("daily", request.get("name").asText(), "spec name");
        r.checkEquals("CreateMmsJob", request.get("action").asText(), "action");
        JsonNode body = request.get("body");
        r.check(body.isObject(), "the body is an object, not a string");
        r.checkEquals("orders", body.get("tables").get(0).asText(), "body tables");
        r.checkEquals(0, jobsOnServer().size(), "jobs on the server after --dry-run");
    }

    @Test
    void createdSpecReadsBackWithTheConfigThatWasWritten() throws IOException {
        Path file = spec("quoted.yaml", """
                name: "q'uoted \\"name\\" — Zürich 東京"
                sourceId: 2000015
                srcDbName: sales
                dstDbName: sales_dw
                tables: [orders, order_items, customers]
                partitionFilters:
                  orders: "ds >= '2024-06-02' and region in ('cn', 'eu')"
                  order_items: "ds = '2024-06-01' and (hh = '00' or hh = '12')"
                tableMapping:
                  orders: "ods orders 订单"
                  customers: cust_"q"
                columnMapping:
                  region: "region code"
                  "user name": "名前"
                  'it''s': "quote \\"d\\""
                others:
                  note: "re-run ✓ after fix"
                  retries: 3
                increment: true
                enableVerification: true
                """);
        CliHarness.Result r = mms.run("job", "create", "-f", file.toString(), "--watch", "--interval", "100ms",
                "--timeout", "60s").assertOk();
        JsonNode job = jobsOnServer().get(0);
        JsonNode config = job.get("config");
        r.checkEquals("q'uoted \"name\" — Zürich 東京", job.get("name").asText(), "name read back");
        r.checkEquals(parse("[\"orders\",\"order_items\",\"customers\"]"), config.get("tables"), "tables");
        r.checkEquals(parse("{\"orders\":\"ds >= '2024-06-02' and region in ('cn', 'eu')\","
                + "\"order_items\":\"ds = '2024-06-01' and (hh = '00' or hh = '12')\"}"),
                config.get("partitionFilters"), "partitionFilters");
        r.checkEquals(parse("{\"orders\":\"ods orders 订单\",\"customers\":\"cust_\\\"q\\\"\"}"),
                config.get("tableMapping"), "tableMapping");
        r.checkEquals(parse("{\"region\":\"region code\",\"user name\":\"名前\",\"it's\":\"quote \\\"d\\\"\"}"),
                config.get("columnMapping"), "columnMapping");
        r.checkEquals(parse("{\"note\":\"re-run ✓ after fix\",\"retries\":3}"), config.get("others"), "others");
        r.checkEquals(true, config.get("increment").asBoolean(), "increment");
        r.checkEquals(true, config.get("enableVerification").asBoolean(), "enableVerification");
    }

    @Test
    void wrongSecretExitsThreeWithAShortMessageAndNoStackTrace() throws IOException {
        Path file = spec("daily.yaml", tablesSpec("daily", "orders"));
        CliHarness.Result r = mms.withEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "not-the-secret")
                .run("job", "create", "-f", file.toString());
        r.assertExit(ExitCodes.AUTH);
        assertShortErrorWithoutTrace(r);
        r.check(!r.err().contains("not-the-secret") && !r.out().contains("not-the-secret"), "the secret is not shown");
    }

    @Test
    void wrongSecretOnListExitsThree() {
        CliHarness.Result r = mms.withEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "not-the-secret")
                .run("job", "list", "--source-id", "2000015");
        r.assertExit(ExitCodes.AUTH);
        assertShortErrorWithoutTrace(r);
    }

    @Test
    void unknownSourceIdExitsFour() {
        CliHarness.Result r = mms.run("job", "list", "--source-id", "999999");
        r.assertExit(ExitCodes.NOT_FOUND);
        assertShortErrorWithoutTrace(r);
    }

    @Test
    void unknownSourceIdOnCreateExitsFour() throws IOException {
        Path file = spec("daily.yaml", tablesSpec("daily", "orders").replace("2000015", "999999"));
        CliHarness.Result r = mms.run("job", "create", "-f", file.toString());
        r.assertExit(ExitCodes.NOT_FOUND);
    }

    @Test
    void badFlagExitsTwo() {
        CliHarness.Result r = mms.run("job", "create", "--no-such-flag");
        r.assertExit(ExitCodes.USAGE);
        r.check(r.err().contains("--no-such-flag"), "names the bad flag");
        r.check(!r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void bogusStatusExitsTwoListingTheValidValues() {
        CliHarness.Result r = mms.run("job", "list", "--source-id", "2000015", "--status", "BOGUS");
        r.assertExit(ExitCodes.USAGE);
        for (String status : List.of("INIT", "DOING", "DONE", "FAILED")) {
            r.check(r.err().contains(status), "lists " + status);
        }
    }

    @Test
    void invalidSpecExitsTwoAndSendsNothing() throws IOException {
        spec("bad/good.yaml", tablesSpec("good", "orders"));
        Path bad = spec("bad/bad.yaml", "name: broken\nsourceId: 2000015\nsrcDbName: sales\ndstDbName: sales_dw\n"
                + "tableWhitelist: [orders]\n");
        CliHarness.Result r = mms.run("job", "create", "-f", specs.resolve("bad").toString());
        r.assertExit(ExitCodes.USAGE);
        r.check(r.err().contains(bad.getFileName().toString() + ":5"), "names file and line");
        r.check(r.err().contains("tableWhiteList"), "suggests the right key");
        r.check(r.err().contains("nothing was sent"), "says nothing was sent");
        r.checkEquals(0, jobsOnServer().size(), "jobs on the server");
    }

    @Test
    void validateDirectoryPrintsOneLinePerSpec() throws IOException {
        spec("v/a.yaml", tablesSpec("a", "orders"));
        spec("v/b.yaml", tablesSpec("b", "customers"));
        spec("v/c.yaml", "name: c\nsourceId: 2000015\nsrcDbName: sales\ndstDbName: sales_dw\ntables: [orders]\n"
                + "eta: someday\n");
        CliHarness.Result r = mms.run("job", "validate", "-f", specs.resolve("v").toString());
        r.assertExit(ExitCodes.USAGE);
        List<String> perSpec = r.out().lines().filter(line -> !line.startsWith(" ")).toList();
        r.checkEquals(3, perSpec.size(), "one line per spec");
        r.check(perSpec.get(0).startsWith("ok") && perSpec.get(0).contains("a.yaml"), "a.yaml is ok");
        r.check(perSpec.get(1).startsWith("ok") && perSpec.get(1).contains("b.yaml"), "b.yaml is ok");
        r.check(perSpec.get(2).startsWith("FAIL") && perSpec.get(2).contains("c.yaml"), "c.yaml fails");
        r.checkEquals(0, jobsOnServer().size(), "validate sends nothing");
    }

    @Test
    void validateOfValidSpecsExitsZero() throws IOException {
        spec("ok/a.yaml", tablesSpec("a", "orders"));
        mms.run("job", "validate", "-f", specs.resolve("ok").toString()).assertOk();
    }

    @Test
    void dryRunAndValidateNeedNoCredentialsEndpointOrServer() throws IOException {
        Path file = spec("daily.yaml", tablesSpec("daily", "orders"));
        CliHarness offline = CliHarness.of(home, null).withEnv("ALIBABA_CLOUD_ACCESS_KEY_ID", null)
                .withEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", null);
        offline.run("job", "create", "-f", file.toString(), "--dry-run").assertOk();
        offline.run("job", "validate", "-f", file.toString()).assertOk();
    }

    @Test
    void specFromStdinIsCreated() {
        CliHarness.Result r = mms.withStdin(tablesSpec("from-stdin", "customers"))
                .run("job", "create", "-f", "-", "--watch", "--interval", "100ms", "--timeout", "60s").assertOk();
        r.checkEquals("from-stdin", jobsOnServer().get(0).get("name").asText(), "name of the created job");
    }

    @Test
    void jobWatchFollowsAnExistingJobToItsEnd() throws IOException {
        mms.run("job", "create", "-f", spec("ok.yaml", tablesSpec("ok", "orders")).toString(), "--watch",
                "--interval", "100ms", "--timeout", "60s").assertOk();
        mms.run("job", "create", "-f", spec("bad.yaml", tablesSpec("bad", "legacy_events")).toString(), "--watch",
                "--interval", "100ms", "--timeout", "60s").assertExit(ExitCodes.FAILED);
        JsonNode jobs = jobsOnServer();
        for (JsonNode job : jobs) {
            int expected = job.get("name").asText().equals("ok") ? ExitCodes.OK : ExitCodes.FAILED;
            mms.run("job", "watch", job.get("id").asText(), "--source-id", "2000015", "--interval", "100ms",
                    "--timeout", "30s").assertExit(expected);
        }
        CliHarness.Result missing = mms.run("job", "watch", "424242", "--source-id", "2000015", "--timeout", "30s");
        missing.assertExit(ExitCodes.NOT_FOUND);
        assertShortErrorWithoutTrace(missing);
    }

    @Test
    void watchOnATerminalDrawsLiveProgressOnStderrAndTheOutcomeOnStdout() throws IOException {
        Path file = spec("daily.yaml", tablesSpec("daily", "orders"));
        CliHarness.Result r = mms.onTerminal(true, true).withEnv("COLUMNS", "100").run("job", "create", "-f",
                file.toString(), "--watch", "--interval", "100ms", "--timeout", "60s").assertOk();
        r.check(r.out().contains("DONE") && r.out().contains("daily"), "the outcome row on stdout");
        r.check(!r.err().isEmpty(), "progress on stderr");
    }

    @Test
    void quietWatchWritesNothingOnStderr() throws IOException {
        Path file = spec("daily.yaml", tablesSpec("daily", "orders"));
        CliHarness.Result r = mms.run("-q", "job", "create", "-f", file.toString(), "--watch", "--interval", "100ms",
                "--timeout", "60s", "-o", "name").assertOk();
        r.checkEquals("", r.err(), "stderr with --quiet");
        r.checkEquals("job/" + jobsOnServer().get(0).get("id").asText() + "\n", r.out(), "stdout");
    }

    @Test
    void jobListWatchStopsAtTheTimeout() throws IOException {
        spec("slow.yaml", tablesSpec("slow", "orders"));
        try (EmulatorServer slow = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(0.01))) {
            CliHarness slowMms = CliHarness.of(home, slow.endpoint());
            slowMms.run("job", "create", "-f", specs.resolve("slow.yaml").toString()).assertOk();
            long started = System.nanoTime();
            CliHarness.Result r = slowMms.run("job", "list", "--source-id", "2000015", "--watch", "--interval",
                    "100ms", "--timeout", "1s");
            long millis = (System.nanoTime() - started) / 1_000_000;
            r.check(millis < 10_000, "stopped near the 1s deadline, took " + millis + " ms");
            r.assertExit(ExitCodes.TIMED_OUT);
        }
    }

    @Test
    void sourceListShowsTheEmulatorsSources() {
        JsonNode sources = mms.run("source", "list", "-o", "json").assertOk().json();
        assertEquals(List.of(2000015L, 2000016L, 2000017L),
                List.of(sources.get(0).get("id").asLong(), sources.get(1).get("id").asLong(),
                        sources.get(2).get("id").asLong()));
    }

    private static void assertShortErrorWithoutTrace(CliHarness.Result r) {
        List<String> lines = r.errLines();
        r.check(lines.size() >= 1 && lines.size() <= 2, "one or two lines on stderr");
        r.check(lines.get(0).startsWith("Error: "), "starts with Error:");
        r.check(!r.err().contains("\tat ") && !r.err().contains("Exception"), "no stack trace or exception name");
        r.check(lines.stream().allMatch(line -> line.length() <= 300), "lines a person can read (at most 300 chars)");
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
