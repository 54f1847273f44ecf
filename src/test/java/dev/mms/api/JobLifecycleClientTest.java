package dev.mms.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.api.RecordingServer.Answer;
import dev.mms.api.RecordingServer.Received;
import dev.mms.auth.Credentials;
import dev.mms.auth.StaticCredentialsProvider;
import dev.mms.sign.Acs3Signer;
import dev.mms.testing.SdkQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ListMmsTasks, GetMmsTask, ListMmsTaskLogs and the job actions on the wire: the SDK's paths, methods (DeleteMmsJob
 * is a POST), query encoding, and the rule that a job action, like a creation, is never repeated once the server
 * may have acted on it.
 */
class JobLifecycleClientTest {

    private static final Credentials KEY = new Credentials("testid", "testsecret", null);

    private RecordingServer server;

    @BeforeEach
    void start() throws Exception {
        server = new RecordingServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpMmsClient client(int attempts) {
        ClientSettings settings = new ClientSettings(server.endpoint(), Duration.ofSeconds(5),
                new RetryPolicy(attempts, Duration.ofMillis(1), Duration.ofMillis(1), d -> { }, n -> { }), null,
                "mms/t");
        return new HttpMmsClient(settings, new StaticCredentialsProvider(KEY, "test key"),
                Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC), () -> "nonce-" + System.nanoTime());
    }

    @Test
    void jobActionsArePostsToTheSdkPathsWithNoBodyAndReturnTheJobId() {
        for (int i = 0; i < 4; i++) {
            server.answer(Answer.json(200, "{\"requestId\":\"R\",\"data\":105}"));
        }
        HttpMmsClient client = client(1);
        assertEquals(105L, client.retryJob(2000015, 105));
        assertEquals(105L, client.stopJob(2000015, 105));
        assertEquals(105L, client.startJob(2000015, 105));
        assertEquals(105L, client.deleteJob(2000015, 105));
        List<Received> r = server.received();
        String jobs = "/api/v1/mms/datasources/2000015/jobs/105";
        List<List<String>> expected = List.of(List.of("POST", jobs + "/retry", "RetryMmsJob"),
                List.of("POST", jobs + "/stop", "StopMmsJob"), List.of("POST", jobs + "/start", "StartMmsJob"),
                List.of("POST", jobs, "DeleteMmsJob"));
        for (int i = 0; i < 4; i++) {
            assertEquals(expected.get(i), List.of(r.get(i).method(), r.get(i).rawPath(), r.get(i).header("x-acs-action")));
            assertEquals(0, r.get(i).body().length);
            assertNull(r.get(i).rawQuery());
            assertEquals(Acs3Signer.EMPTY_PAYLOAD_HASH, r.get(i).header("x-acs-content-sha256"));
        }
    }

    @Test
    void aJobActionIsNotRepeatedAfterA5xxSinceTheServerMayHaveActed() {
        server.answer(Answer.json(503, "{\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\",\"RequestId\":\"R1\"}"),
                Answer.json(200, "{\"requestId\":\"R\",\"data\":105}"));
        ApiException e = assertThrows(ApiException.class, () -> client(3).retryJob(2000015, 105));
        assertEquals(503, e.httpStatus());
        assertEquals(1, server.received().size(), "sent once");
    }

    @Test
    void aThrottledJobActionIsRepeated() {
        server.answer(Answer.json(400, "{\"Code\":\"Throttling.User\",\"Message\":\"slow down\",\"RequestId\":\"R1\"}"),
                Answer.json(200, "{\"requestId\":\"R\",\"data\":105}"));
        assertEquals(105L, client(3).stopJob(2000015, 105));
        assertEquals(2, server.received().size());
    }

    @Test
    void listTasksSendsTheSdkQueryWithBothFlatSorters() throws Exception {
        server.answer(Answer.json(200, "{\"requestId\":\"R\",\"data\":{\"total\":1,\"pageNum\":1,\"pageSize\":10,"
                + "\"objectList\":[{\"id\":1050001,\"jobId\":105,\"srcTableName\":\"orders\",\"status\":\"DATA_FAILED\","
                + "\"partition\":\"ds=2024-06-01\",\"retriedTimes\":0,\"newField\":true}]}}"));
        TaskQuery query = new TaskQuery(105L, "nightly sales", "sales", "orders", "sales_dw", "ods orders",
                "ds=2024-06-01/hh=00", "DATA_FAILED", 2, 10, "asc", "desc");
        Page<Task> page = client(1).listTasks(2000015, query);
        Received r = server.received().get(0);
        assertEquals("GET", r.method());
        assertEquals("/api/v1/mms/datasources/2000015/tasks", r.rawPath());
        assertEquals("ListMmsTasks", r.header("x-acs-action"));
        Map<String, Object> sdk = new HashMap<>();
        sdk.put("jobId", 105L);
        sdk.put("jobName", "nightly sales");
        sdk.put("srcDbName", "sales");
        sdk.put("srcTableName", "orders");
        sdk.put("dstDbName", "sales_dw");
        sdk.put("dstTableName", "ods orders");
        sdk.put("partition", "ds=2024-06-01/hh=00");
        sdk.put("status", "DATA_FAILED");
        sdk.put("pageNum", 2);
        sdk.put("pageSize", 10);
        sdk.put("sorter", Map.of("status", "asc", "startTime", "desc"));
        assertEquals(SdkQuery.pairs(SdkQuery.of(sdk)), SdkQuery.pairs(r.rawQuery()), r.rawQuery());
        Task task = page.items().get(0);
        assertEquals("orders", task.srcTableName());
        assertTrue(task.isFailed());
        assertTrue(task.wire().get("newField").asBoolean(), "the server's object is kept");
    }

    @Test
    void getTaskAndItsLogsUseTheirPaths() {
        server.answer(Answer.json(200, "{\"requestId\":\"R\",\"data\":{\"id\":1050001,\"status\":\"DONE\"}}"),
                Answer.json(200, "{\"requestId\":\"R\",\"data\":[{\"id\":1,\"taskId\":1050001,\"status\":\"DATA_FAILED\","
                        + "\"action\":\"insert\",\"msg\":\"ODPS-0130013: denied\",\"createTime\":\"2024-12-17 15:44:00\"}]}"));
        HttpMmsClient client = client(1);
        assertEquals("DONE", client.getTask(2000015, 1050001).status());
        List<TaskLog> logs = client.listTaskLogs(2000015, 1050001);
        assertEquals("/api/v1/mms/datasources/2000015/tasks/1050001", server.received().get(0).rawPath());
        assertEquals("GetMmsTask", server.received().get(0).header("x-acs-action"));
        assertEquals("/api/v1/mms/datasources/2000015/tasks/1050001/logs", server.received().get(1).rawPath());
        assertEquals("ListMmsTaskLogs", server.received().get(1).header("x-acs-action"));
        assertEquals("ODPS-0130013: denied", logs.get(0).msg());
        assertEquals("DATA_FAILED", logs.get(0).wire().get("status").asText());
    }

}
