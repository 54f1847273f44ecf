package dev.mms.emulator;

import dev.mms.testing.ManualClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jobs over real HTTP under a clock the test moves: lifecycle, failures, ListMmsJobs filters, sort and paging. */
class EmulatorJobsTest {

    private static final String SOURCE = "/api/v1/mms/datasources/2000015";
    private static final String JOBS = SOURCE + "/jobs";

    private ManualClock clock;
    private EmulatorServer server;
    private SignedHttp http;

    @BeforeEach
    void start() throws Exception {
        clock = new ManualClock(Instant.parse("2025-01-01T00:00:00Z"));
        server = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withClock(clock));
        http = new SignedHttp(server.port(), EmulatorConfig.DEFAULT_ACCESS_KEY_ID,
                EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode ok(SignedHttp.Response r) {
        assertEquals(200, r.status(), r.body().toString());
        return r.body().get("data");
    }

    private JsonNode get(String path, Map<String, String> query) throws Exception {
        return ok(http.get(path, query, clock.instant()));
    }

    private long create(String body) throws Exception {
        return ok(http.post(JOBS, body, clock.instant())).get("asyncTaskId").asLong();
    }

    private JsonNode asyncTask(long id) throws Exception {
        return get(SOURCE + "/asyncTasks/" + id, Map.of());
    }

    private void tick(long millis) {
        clock.advance(Duration.ofMillis(millis));
    }

    @Test
    void jobGoesFromAsyncCreationThroughInitAndDoingToDone() throws Exception {
        long taskId = create("{\"name\":\"ten\",\"srcDbName\":\"sales\",\"dstDbName\":\"sales_dw\","
                + "\"tables\":[\"order_items\",\"customers\",\"products\"]}");
        JsonNode creating = asyncTask(taskId);
        assertEquals("DOING", creating.get("status").asText());
        assertTrue(creating.get("running").asBoolean());
        assertTrue(creating.get("objectId").isNull());
        assertEquals(0, get(JOBS, Map.of()).get("total").asInt(), "no job before its creation finished");

        tick(1000);
        JsonNode done = asyncTask(taskId);
        assertEquals("DONE", done.get("status").asText());
        assertEquals(100, done.get("progress").asInt());
        assertTrue(done.get("endTime").asText().matches("2025-01-01 00:00:01"));
        long jobId = done.get("objectId").asLong();

        JsonNode job = get(JOBS + "/" + jobId, Map.of());
        assertEquals("INIT", job.get("status").asText());
        assertEquals(10, job.get("taskNum").asInt());
        assertEquals("2025-01-01 00:00:01", job.get("createTime").asText());

        tick(1000 + 1500 * 3);
        job = get(JOBS + "/" + jobId, Map.of());
        assertEquals("DOING", job.get("status").asText());
        assertEquals(3, job.get("taskDone").asInt());

        tick(1500 * 7);
        job = get(JOBS + "/" + jobId, Map.of());
        assertEquals("DONE", job.get("status").asText());
        assertEquals(10, job.get("taskDone").asInt());
        assertEquals(1 + 1 + 15, Duration.between(Instant.parse("2025-01-01T00:00:00Z"), clock.instant())
                .toSeconds(), "a 10-task job takes 17 s at speed 1");
    }

    @Test
    void failingTableMakesTheJobFailedAndRetryRunsItAgain() throws Exception {
        long taskId = create("{\"name\":\"db\",\"srcDbName\":\"sales\",\"dstDbName\":\"sales_dw\","
                + "\"tableBlackList\":[\"orders\",\"order_items\"],\"tableWhiteList\":[\"customers\"]}");
        tick(1000);
        long jobId = asyncTask(taskId).get("objectId").asLong();
        JsonNode job = get(JOBS + "/" + jobId, Map.of());
        assertEquals("Database", job.get("type").asText());
        assertEquals(3, job.get("taskNum").asInt(), "customers, products, legacy_events: black list wins");
        tick(1000 + 1500 * 3);
        job = get(JOBS + "/" + jobId, Map.of());
        assertEquals("FAILED", job.get("status").asText());
        assertEquals(2, job.get("taskDone").asInt());

        JsonNode tasks = get(SOURCE + "/tasks", Map.of("jobId", String.valueOf(jobId), "status", "DATA_FAILED"));
        assertEquals(1, tasks.get("total").asInt());
        assertEquals("legacy_events", tasks.get("objectList").get(0).get("srcTableName").asText());

        assertEquals(jobId, ok(http.post(JOBS + "/" + jobId + "/retry", "", clock.instant())).asLong());
        assertEquals("DOING", get(JOBS + "/" + jobId, Map.of()).get("status").asText());
        tick(1500);
        assertEquals("FAILED", get(JOBS + "/" + jobId, Map.of()).get("status").asText());
    }

    @Test
    void unsatisfiableSpecFailsItsAsyncTaskAndMakesNoJob() throws Exception {
        long taskId = create("{\"name\":\"none\",\"srcDbName\":\"sales\",\"dstDbName\":\"d\",\"tables\":[\"orders\"],"
                + "\"partitionFilters\":{\"orders\":\"ds > '2099-01-01'\"}}");
        tick(1000);
        JsonNode task = asyncTask(taskId);
        assertEquals("FAILED", task.get("status").asText());
        assertTrue(task.get("errorMsg").asText().startsWith("nothing to migrate"), task.toString());
        assertEquals(0, get(JOBS, Map.of()).get("total").asInt());
    }

    @Test
    void malformedBodiesAreRejectedAtOnce() throws Exception {
        SignedHttp.Response missing = http.post(JOBS, "{\"srcDbName\":\"sales\",\"dstDbName\":\"d\"}",
                clock.instant());
        assertEquals(400, missing.status());
        assertEquals("MissingName", missing.code());
        SignedHttp.Response notJson = http.post(JOBS, "{name: oops", clock.instant());
        assertEquals(400, notJson.status());
        assertEquals("InvalidParameter", notJson.code());
    }

    @Test
    void stopHoldsProgressAndStartResumes() throws Exception {
        long taskId = create("{\"name\":\"s\",\"srcDbName\":\"sales\",\"dstDbName\":\"d\","
                + "\"tables\":[\"customers\",\"products\"]}");
        tick(1000);
        long jobId = asyncTask(taskId).get("objectId").asLong();
        tick(2500);
        ok(http.post(JOBS + "/" + jobId + "/stop", "", clock.instant()));
        tick(60_000);
        JsonNode stopped = get(JOBS + "/" + jobId, Map.of());
        assertTrue(stopped.get("stopped").asBoolean());
        assertEquals(1, stopped.get("taskDone").asInt());
        assertEquals(1, get(JOBS, Map.of("stopped", "1")).get("total").asInt());
        assertEquals(1, get(JOBS, Map.of("stopped", "true")).get("total").asInt());
        assertEquals(0, get(JOBS, Map.of("stopped", "0")).get("total").asInt());
        ok(http.post(JOBS + "/" + jobId + "/start", "", clock.instant()));
        tick(1500);
        assertEquals("DONE", get(JOBS + "/" + jobId, Map.of()).get("status").asText());
        SignedHttp.Response stopDone = http.post(JOBS + "/" + jobId + "/stop", "", clock.instant());
        assertEquals(400, stopDone.status());
        assertEquals("Job.InvalidStatus", stopDone.code());

        ok(http.post(JOBS + "/" + jobId, "", clock.instant()));
        assertEquals("Job.NotFound", http.get(JOBS + "/" + jobId, Map.of(), clock.instant()).code());
    }

    private List<String> names(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("objectList").forEach(j -> out.add(j.get("name").asText()));
        return out;
    }

    @Test
    void listFiltersSortAndPaging() throws Exception {
        create("{\"name\":\"nightly orders\",\"srcDbName\":\"sales\",\"dstDbName\":\"sales_dw\",\"tables\":[\"orders\"]}");
        create("{\"name\":\"web views\",\"srcDbName\":\"web\",\"dstDbName\":\"web_dw\",\"tables\":[\"sessions\"],"
                + "\"tableMapping\":{\"sessions\":\"web_sessions\"}}");
        create("{\"name\":\"Nightly customers\",\"srcDbName\":\"sales\",\"dstDbName\":\"sales_dw\","
                + "\"tables\":[\"customers\",\"products\"]}");
        tick(1000 + 1000 + 1500);
        // now: orders (6 tasks) DOING, sessions (1 task) DONE, customers (2 tasks) DOING

        assertEquals(List.of("Nightly customers", "web views", "nightly orders"), names(get(JOBS, Map.of())),
                "newest first by default");
        JsonNode all = get(JOBS, Map.of());
        assertEquals(3, all.get("total").asInt());
        assertEquals(3, all.get("pageSize").asInt(), "no pageSize means every job");

        assertEquals(List.of("Nightly customers", "nightly orders"), names(get(JOBS, Map.of("name", "nightly"))));
        assertEquals(List.of("nightly orders"), names(get(JOBS, Map.of("name", "nightly orders"))),
                "the space arrives as + and is form-decoded");
        assertEquals(List.of("web views"), names(get(JOBS, Map.of("srcDbName", "web"))));
        assertEquals(List.of("web views"), names(get(JOBS, Map.of("dstTableName", "web_sessions"))));
        assertEquals(List.of("Nightly customers"), names(get(JOBS, Map.of("srcTableName", "products"))));
        assertEquals(List.of("Nightly customers"), names(get(JOBS, Map.of("dstTableName", "customers"))));
        assertEquals(List.of("Nightly customers", "nightly orders"), names(get(JOBS, Map.of("dstDbName", "sales_dw"))));
        assertEquals(List.of("web views"), names(get(JOBS, Map.of("status", "DONE"))));
        assertEquals(List.of(), names(get(JOBS, Map.of("timerId", "5"))));

        assertEquals(List.of("web views", "Nightly customers", "nightly orders"),
                names(get(JOBS, Map.of("sorter.status", "desc"))));
        assertEquals(List.of("Nightly customers", "nightly orders", "web views"),
                names(get(JOBS, Map.of("sorter.status", "asc"))));

        JsonNode page2 = get(JOBS, Map.of("pageNum", "2", "pageSize", "2"));
        assertEquals(3, page2.get("total").asInt());
        assertEquals(2, page2.get("pageNum").asInt());
        assertEquals(2, page2.get("pageSize").asInt());
        assertEquals(List.of("nightly orders"), names(page2));

        assertEquals("InvalidParameter", http.get(JOBS, Map.of("stopped", "maybe"), clock.instant()).code());
        assertEquals("InvalidParameter", http.get(JOBS, Map.of("pageSize", "0"), clock.instant()).code());
    }

    @Test
    void dataSourcesComeFromTheCatalog() throws Exception {
        JsonNode sources = get("/api/v1/mms/datasources", Map.of());
        assertEquals(3, sources.get("total").asInt());
        List<String> types = new ArrayList<>();
        sources.get("objectList").forEach(s -> types.add(s.get("type").asText()));
        assertEquals(List.of("HIVE", "BIGQUERY", "MAXCOMPUTE"), types);
        JsonNode hive = get(SOURCE, Map.of());
        assertEquals(2000015L, hive.get("id").asLong());
        assertEquals(2, hive.get("dbNum").asInt());
        assertEquals(1, get("/api/v1/mms/datasources", Map.of("type", "BIGQUERY")).get("total").asInt());
    }
}
