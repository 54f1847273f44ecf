package dev.mms.emulator;

import static dev.mms.emulator.OfficialSdk.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teautil.models.RuntimeOptions;
import dev.mms.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The job lifecycle operations driven by the official SDK core: ListMmsTasks with every filter and both sorters,
 * GetMmsTask, ListMmsTaskLogs, Start/Stop/Retry/DeleteMmsJob and their errors. The emulator's clock is moved by
 * hand (speed 1): a task takes 1.5 s, after 1 s of creation and 1 s of start delay.
 */
class EmulatorLifecycleSdkTest {

    private static final String SOURCE = "/api/v1/mms/datasources/2000015";
    private static final String JOBS = SOURCE + "/jobs";

    private final ManualClock clock = new ManualClock(Instant.now());
    private EmulatorServer server;
    private com.aliyun.teaopenapi.Client sdk;

    @BeforeEach
    void start() throws Exception {
        server = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(1).withClock(clock));
        sdk = OfficialSdk.client(server, EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @SuppressWarnings("unchecked")
    private Object data(String action, String method, String path, Map<String, Object> query) throws Exception {
        OpenApiRequest request = new OpenApiRequest();
        if (query != null) {
            request.setQuery(com.aliyun.openapiutil.Client.query(query));
        }
        Map<String, ?> resp = sdk.callApi(params(action, method, path), request, new RuntimeOptions());
        Map<String, Object> body = (Map<String, Object>) resp.get("body");
        assertInstanceOf(String.class, body.get("requestId"));
        return body.get("data");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> tasks(Map<String, Object> query) throws Exception {
        return (List<Map<String, Object>>) ((Map<String, Object>) data("ListMmsTasks", "GET", SOURCE + "/tasks",
                query)).get("objectList");
    }

    @SuppressWarnings("unchecked")
    private String jobStatus(long jobId) throws Exception {
        return (String) ((Map<String, Object>) data("GetMmsJob", "GET", JOBS + "/" + jobId, null)).get("status");
    }

    private long action(String action, long jobId, String suffix) throws Exception {
        Object id = data(action, "POST", JOBS + "/" + jobId + suffix, null);
        assertInstanceOf(Number.class, id, action + " answers the job id as data");
        return ((Number) id).longValue();
    }

    private TeaException refused(String action, long jobId, String suffix) {
        return assertThrows(TeaException.class, () -> data(action, "POST", JOBS + "/" + jobId + suffix, null));
    }

    /** A Database job over web: 6 partitions of page_views, sessions, and clickstream_raw (which fails), 8 tasks. */
    @SuppressWarnings("unchecked")
    private long createWebJob(String name) throws Exception {
        Map<String, Object> spec = new HashMap<>(Map.of("name", name, "srcDbName", "web", "dstDbName", "web_dw",
                "enableVerification", true));
        OpenApiRequest request = new OpenApiRequest().setBody(com.aliyun.openapiutil.Client.parseToMap(spec));
        Map<String, ?> resp = sdk.callApi(params("CreateMmsJob", "POST", JOBS), request, new RuntimeOptions());
        long asyncTaskId = ((Number) ((Map<String, Object>) ((Map<String, Object>) resp.get("body")).get("data"))
                .get("asyncTaskId")).longValue();
        clock.advance(Duration.ofMillis(1_100));
        Map<String, Object> task = (Map<String, Object>) data("GetMmsAsyncTask", "GET",
                SOURCE + "/asyncTasks/" + asyncTaskId, null);
        return ((Number) task.get("objectId")).longValue();
    }

    @Test
    void stopStartRetryAndDeleteFollowTheJobsStatusWithInvalidStatusForWhatItDoesNotAllow() throws Exception {
        long jobId = createWebJob("lifecycle");
        clock.advance(Duration.ofMillis(1_500)); // first task running
        assertEquals("DOING", jobStatus(jobId));
        TeaException notStopped = refused("StartMmsJob", jobId, "/start");
        assertEquals("Job.InvalidStatus", notStopped.getCode());
        assertEquals(400, notStopped.getStatusCode());
        TeaException running = refused("DeleteMmsJob", jobId, "");
        assertEquals("Job.InvalidStatus", running.getCode());
        assertTrue(running.getMessage().contains("stop it before deleting"), running.getMessage());
        TeaException notFailed = refused("RetryMmsJob", jobId, "/retry");
        assertEquals("Job.InvalidStatus", notFailed.getCode());

        assertEquals(jobId, action("StopMmsJob", jobId, "/stop"));
        assertEquals("Job.InvalidStatus", refused("StopMmsJob", jobId, "/stop").getCode());
        clock.advance(Duration.ofSeconds(60));
        assertEquals("DOING", jobStatus(jobId), "a stopped job does not advance");
        assertEquals(jobId, action("StartMmsJob", jobId, "/start"));
        clock.advance(Duration.ofSeconds(20));
        assertEquals("FAILED", jobStatus(jobId));
        TeaException finished = refused("StopMmsJob", jobId, "/stop");
        assertTrue(finished.getMessage().contains("FAILED and cannot be stopped"), finished.getMessage());

        assertEquals(jobId, action("RetryMmsJob", jobId, "/retry"));
        assertEquals("DOING", jobStatus(jobId), "the retry runs the failed task again");
        assertEquals("Job.InvalidStatus", refused("RetryMmsJob", jobId, "/retry").getCode());
        clock.advance(Duration.ofSeconds(5));
        assertEquals("FAILED", jobStatus(jobId), "clickstream_raw fails again");

        assertEquals(jobId, action("DeleteMmsJob", jobId, ""));
        TeaException gone = assertThrows(TeaException.class, () -> data("GetMmsJob", "GET", JOBS + "/" + jobId, null));
        assertEquals("Job.NotFound", gone.getCode());
        assertEquals(404, gone.getStatusCode());
    }

    @Test
    @SuppressWarnings("unchecked")
    void getMmsTaskAndItsLogsTellWhatATaskDidAndWhyItFailed() throws Exception {
        long jobId = createWebJob("logs");
        clock.advance(Duration.ofSeconds(20));
        List<Map<String, Object>> failed = tasks(new HashMap<>(Map.of("jobId", jobId, "status", "DATA_FAILED")));
        assertEquals(1, failed.size(), failed.toString());
        long taskId = ((Number) failed.get(0).get("id")).longValue();
        Map<String, Object> task = (Map<String, Object>) data("GetMmsTask", "GET", SOURCE + "/tasks/" + taskId, null);
        assertEquals("clickstream_raw", task.get("srcTableName"));
        assertEquals("DATA_FAILED", task.get("status"));
        assertEquals(jobId, ((Number) task.get("jobId")).longValue());
        for (String key : List.of("createTime", "startTime", "endTime")) {
            assertTrue(((String) task.get(key)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), key + " " + task);
        }
        assertFalse(task.containsKey("errorMsg"), "the SDK's task has no error field; the logs say why");

        List<Map<String, Object>> logs = (List<Map<String, Object>>) data("ListMmsTaskLogs", "GET",
                SOURCE + "/tasks/" + taskId + "/logs", null);
        Map<String, Object> last = logs.get(logs.size() - 1);
        assertEquals("DATA_FAILED", last.get("status"));
        assertTrue(((String) last.get("msg")).contains("unsupported SerDe"), last.toString());
        assertEquals(taskId, ((Number) last.get("taskId")).longValue());
        assertEquals(List.of("INIT", "SCHEMA_DOING", "SCHEMA_DONE", "DATA_DOING", "DATA_FAILED"),
                logs.stream().map(l -> l.get("status")).toList());
        for (Map<String, Object> log : logs) {
            for (String key : List.of("id", "taskId", "sourceId")) {
                assertInstanceOf(Number.class, log.get(key), key);
            }
            for (String key : List.of("status", "action", "msg", "createTime")) {
                assertInstanceOf(String.class, log.get(key), key);
            }
        }

        Map<String, Object> done = tasks(new HashMap<>(Map.of("jobId", jobId, "srcTableName", "sessions"))).get(0);
        assertEquals("DONE", done.get("status"));
        assertTrue(((String) done.get("startTime")).compareTo((String) done.get("endTime")) <= 0, done.toString());
        List<Map<String, Object>> doneLogs = (List<Map<String, Object>>) data("ListMmsTaskLogs", "GET",
                SOURCE + "/tasks/" + done.get("id") + "/logs", null);
        assertEquals(List.of("INIT", "SCHEMA_DOING", "SCHEMA_DONE", "DATA_DOING", "DATA_DONE", "VERIFICATION_DOING",
                "VERIFICATION_DONE", "DONE"), doneLogs.stream().map(l -> l.get("status")).toList());

        action("RetryMmsJob", jobId, "/retry");
        clock.advance(Duration.ofSeconds(5));
        Map<String, Object> retried = (Map<String, Object>) data("GetMmsTask", "GET", SOURCE + "/tasks/" + taskId,
                null);
        assertEquals(1, ((Number) retried.get("retriedTimes")).intValue());
        List<Map<String, Object>> retriedLogs = (List<Map<String, Object>>) data("ListMmsTaskLogs", "GET",
                SOURCE + "/tasks/" + taskId + "/logs", null);
        assertEquals(2, retriedLogs.stream().filter(l -> "DATA_FAILED".equals(l.get("status"))).count(),
                "both runs failed: " + retriedLogs);
        assertTrue(retriedLogs.stream().anyMatch(l -> ((String) l.get("action")).startsWith("retry")), "the retry");

        TeaException unknown = assertThrows(TeaException.class, () -> data("GetMmsTask", "GET",
                SOURCE + "/tasks/" + (taskId + 500), null));
        assertEquals("Task.NotFound", unknown.getCode());
        assertEquals(404, unknown.getStatusCode());
    }

    @Test
    void listMmsTasksHonoursEveryFilterAndBothSorters() throws Exception {
        long jobId = createWebJob("filters nightly");
        clock.advance(Duration.ofMillis(1_000 + 1_500 * 3 + 100)); // 3 tasks done, the 4th running
        assertEquals(8, tasks(new HashMap<>(Map.of("jobId", jobId))).size());
        assertEquals(8, tasks(new HashMap<>(Map.of("srcDbName", "web"))).size());
        assertEquals(0, tasks(new HashMap<>(Map.of("srcDbName", "sales"))).size());
        assertEquals(8, tasks(new HashMap<>(Map.of("dstDbName", "web_dw"))).size());
        assertEquals(0, tasks(new HashMap<>(Map.of("dstDbName", "other"))).size());
        assertEquals(8, tasks(new HashMap<>(Map.of("jobName", "NIGHTLY"))).size());
        assertEquals(6, tasks(new HashMap<>(Map.of("srcTableName", "page_views"))).size());
        assertEquals(1, tasks(new HashMap<>(Map.of("dstTableName", "sessions"))).size());
        List<Map<String, Object>> one = tasks(new HashMap<>(Map.of("partition", "ds=2024-06-01/hh=8")));
        assertEquals(1, one.size());
        assertEquals("ds=2024-06-01/hh=8", one.get(0).get("partition"));
        assertEquals(3, tasks(new HashMap<>(Map.of("status", "DONE"))).size());
        assertEquals(1, tasks(new HashMap<>(Map.of("status", "data_doing"))).size());

        Map<String, Object> byStatus = new HashMap<>(Map.of("jobId", jobId, "sorter", Map.of("status", "asc")));
        List<Object> statuses = tasks(byStatus).stream().map(t -> t.get("status")).toList();
        assertEquals(List.of("INIT", "INIT", "INIT", "INIT", "DATA_DOING", "DONE", "DONE", "DONE"), statuses);
        byStatus.put("sorter", Map.of("status", "desc"));
        assertEquals("DONE", tasks(byStatus).get(0).get("status"));

        Map<String, Object> byStart = new HashMap<>(Map.of("jobId", jobId, "sorter", Map.of("startTime", "desc")));
        List<Map<String, Object>> sorted = tasks(byStart);
        assertEquals("DATA_DOING", sorted.get(0).get("status"), "the latest started first");
        assertNull(sorted.get(sorted.size() - 1).get("startTime"), "tasks not started come last");
        byStart.put("sorter", Map.of("startTime", "asc"));
        assertEquals("ds=2024-06-01/hh=0", tasks(byStart).get(0).get("partition"), "the first started first");

        Map<String, Object> bad = new HashMap<>(Map.of("sorter", Map.of("startTime", "sideways")));
        TeaException e = assertThrows(TeaException.class, () -> tasks(bad));
        assertEquals("InvalidParameter", e.getCode());
    }

    @Test
    void noErrorMessageNamesAJavaClass() throws Exception {
        Map<String, Object> spec = new HashMap<>(Map.of("name", "typed", "srcDbName", "web", "dstDbName", "web_dw",
                "sourceId", "not-a-number", "tables", "page_views"));
        OpenApiRequest request = new OpenApiRequest().setBody(com.aliyun.openapiutil.Client.parseToMap(spec));
        TeaException e = assertThrows(TeaException.class, () -> sdk.callApi(params("CreateMmsJob", "POST", JOBS),
                request, new RuntimeOptions()));
        assertEquals("InvalidParameter", e.getCode());
        assertTrue(e.getMessage().contains("sourceId") || e.getMessage().contains("tables"), e.getMessage());
        assertFalse(e.getMessage().matches("(?s).*(java\\.|Exception|Long|ArrayList|`).*"), e.getMessage());
        TeaException path = assertThrows(TeaException.class, () -> data("GetMmsTask", "GET",
                SOURCE + "/tasks/x1", null));
        assertFalse(path.getMessage().matches("(?s).*(java\\.|Exception).*"), path.getMessage());
    }
}
