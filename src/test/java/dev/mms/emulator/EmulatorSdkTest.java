package dev.mms.emulator;

import static dev.mms.emulator.OfficialSdk.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The emulator driven by the official SDK core (tea-openapi callApi), the independent reference client. */
class EmulatorSdkTest {

    private static final String JOBS = "/api/v1/mms/datasources/2000015/jobs";

    private static EmulatorServer server;

    @BeforeAll
    static void start() throws Exception {
        server = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(1000));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> call(Params p, OpenApiRequest r) throws Exception {
        Map<String, ?> resp = OfficialSdk.client(server, EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET)
                .callApi(p, r, new RuntimeOptions());
        Map<String, Object> body = (Map<String, Object>) resp.get("body");
        assertInstanceOf(String.class, body.get("requestId"));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> body) {
        return (Map<String, Object>) body.get("data");
    }

    private static long createJob(Map<String, Object> spec) throws Exception {
        Map<String, Object> body = call(params("CreateMmsJob", "POST", JOBS),
                new OpenApiRequest().setBody(com.aliyun.openapiutil.Client.parseToMap(spec)));
        Object asyncTaskId = data(body).get("asyncTaskId");
        assertInstanceOf(Number.class, asyncTaskId);
        return ((Number) asyncTaskId).longValue();
    }

    private static Map<String, Object> awaitAsyncTask(long id) throws Exception {
        for (int i = 0; i < 200; i++) {
            Map<String, Object> task = data(call(params("GetMmsAsyncTask", "GET",
                    "/api/v1/mms/datasources/2000015/asyncTasks/" + id), new OpenApiRequest()));
            if (Boolean.FALSE.equals(task.get("running"))) {
                return task;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("async task " + id + " never finished");
    }

    private static Map<String, Object> ordersSpec(String name) {
        Map<String, Object> spec = new HashMap<>();
        spec.put("name", name);
        spec.put("sourceId", 2000015L);
        spec.put("srcDbName", "sales");
        spec.put("dstDbName", "sales_dw");
        spec.put("tables", List.of("orders", "customers"));
        spec.put("partitionFilters", Map.of("orders", "ds >= '2024-06-02' and region in ('eu', \"cn\")"));
        spec.put("tableMapping", Map.of("customers", "dim_customers"));
        spec.put("enableVerification", true);
        spec.put("enableSchemaMigration", true);
        spec.put("increment", false);
        spec.put("eta", "2025-05-06");
        spec.put("others", Map.of("spark.executor.memory", "4g"));
        return spec;
    }

    @Test
    void createPollGetAndListWithEveryDocumentedField() throws Exception {
        long asyncTaskId = createJob(ordersSpec("nightly orders"));
        Map<String, Object> task = awaitAsyncTask(asyncTaskId);
        assertEquals(12, task.size(), task.toString());
        assertEquals("DONE", task.get("status"));
        assertEquals("TASK_CREATE", task.get("type"));
        assertEquals(100, ((Number) task.get("progress")).intValue());
        assertEquals(asyncTaskId, ((Number) task.get("id")).longValue());
        assertEquals(2000015L, ((Number) task.get("sourceId")).longValue());
        assertInstanceOf(Number.class, task.get("objectId"));
        for (String key : List.of("result", "errorMsg", "startTime", "endTime", "createTime")) {
            assertInstanceOf(String.class, task.get(key), key);
        }
        assertTrue(((String) task.get("createTime")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
        long jobId = ((Number) task.get("objectId")).longValue();

        Map<String, Object> job = data(call(params("GetMmsJob", "GET", JOBS + "/" + jobId), new OpenApiRequest()));
        assertJobShape(job);
        assertEquals(jobId, ((Number) job.get("id")).longValue());
        assertEquals("Tables", job.get("type"));
        assertEquals(5, ((Number) job.get("taskNum")).intValue(), "4 partitions of orders + customers");
        assertEquals("hive-prod", job.get("sourceName"));
        assertEquals("2025-05-06", job.get("eta"));

        Map<String, Object> q = new HashMap<>();
        q.put("name", "nightly orders");
        q.put("srcTableName", "orders");
        q.put("dstTableName", "dim_customers");
        q.put("stopped", 0L);
        q.put("pageNum", 1);
        q.put("pageSize", 10);
        q.put("sorter", Map.of("status", "desc"));
        Map<String, Object> page = data(call(params("ListMmsJobs", "GET", JOBS),
                new OpenApiRequest().setQuery(com.aliyun.openapiutil.Client.query(q))));
        assertEquals(1, ((Number) page.get("pageNum")).intValue());
        assertEquals(10, ((Number) page.get("pageSize")).intValue());
        assertTrue(((Number) page.get("total")).intValue() >= 1);
        List<?> objects = (List<?>) page.get("objectList");
        @SuppressWarnings("unchecked")
        Map<String, Object> listed = (Map<String, Object>) objects.get(0);
        assertJobShape(listed);
        assertEquals(jobId, ((Number) listed.get("id")).longValue());
    }

    @SuppressWarnings("unchecked")
    private static void assertJobShape(Map<String, Object> job) {
        for (String key : List.of("id", "sourceId", "dbId", "taskNum", "taskDone")) {
            assertInstanceOf(Number.class, job.get(key), key);
        }
        for (String key : List.of("name", "sourceName", "srcDbName", "dstDbName", "status", "type", "createTime",
                "eta")) {
            assertInstanceOf(String.class, job.get(key), key);
        }
        for (String key : List.of("srcSchemaName", "dstSchemaName")) {
            assertTrue(job.containsKey(key), key);
        }
        assertInstanceOf(Boolean.class, job.get("stopped"));
        Map<String, Object> config = (Map<String, Object>) job.get("config");
        assertNotNull(config, "config");
        assertInstanceOf(List.class, config.get("tables"));
        assertInstanceOf(Map.class, config.get("partitionFilters"));
        assertInstanceOf(Map.class, config.get("tableMapping"));
        assertInstanceOf(Map.class, config.get("others"));
        assertEquals(Boolean.TRUE, config.get("enableVerification"));
        assertEquals(Boolean.FALSE, config.get("increment"));
        assertTrue(!config.containsKey("enableSchemaMigration") && !config.containsKey("enableDataMigration"),
                "config does not echo enableSchemaMigration/enableDataMigration: " + config.keySet());
        assertEquals("ds >= '2024-06-02' and region in ('eu', \"cn\")",
                ((Map<String, Object>) config.get("partitionFilters")).get("orders"));
    }

    @Test
    void specTheCatalogCannotSatisfyEndsInAFailedAsyncTask() throws Exception {
        Map<String, Object> spec = ordersSpec("bad table");
        spec.put("tables", List.of("no_such_table"));
        Map<String, Object> task = awaitAsyncTask(createJob(spec));
        assertEquals("FAILED", task.get("status"));
        assertTrue(((String) task.get("errorMsg")).contains("no_such_table"), task.toString());
    }

    @Test
    void wrongSecretIsSignatureDoesNotMatch() throws Exception {
        com.aliyun.teaopenapi.Client wrong = OfficialSdk.client(server, "not-the-secret");
        TeaException e = assertThrows(TeaException.class, () -> wrong.callApi(params("ListMmsJobs", "GET", JOBS),
                new OpenApiRequest(), new RuntimeOptions()));
        assertEquals("SignatureDoesNotMatch", e.getCode());
        assertEquals(400, e.getStatusCode());
        assertTrue(!e.getMessage().contains("not-the-secret") && !e.getMessage().contains("mms-local-secret"));
    }

    @Test
    void unknownJobIsNotFoundThroughTheSdk() {
        TeaException e = assertThrows(TeaException.class, () -> call(params("GetMmsJob", "GET", JOBS + "/987654"),
                new OpenApiRequest()));
        assertEquals("Job.NotFound", e.getCode());
        assertEquals(404, e.getStatusCode());
    }

    private static final String SOURCE = "/api/v1/mms/datasources/2000015";

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("objectList");
    }

    private static OpenApiRequest query(Map<String, Object> q) throws Exception {
        return new OpenApiRequest().setQuery(com.aliyun.openapiutil.Client.query(q));
    }

    @Test
    void listMmsDbsFiltersByNameAndSortsByTheJsonSorterAsTheSdkSendsIt() throws Exception {
        Map<String, Object> q = new HashMap<>();
        q.put("pageNum", 1);
        q.put("pageSize", 10);
        // The generated SDK sends the ListMmsDbs sorter "shrunk" to one JSON value (mms-api.md §3.2).
        q.put("sorter", com.aliyun.openapiutil.Client.arrayToStringWithSpecifiedStyle(Map.of("updateTime", "desc"),
                "sorter", "json"));
        Map<String, Object> page = data(call(params("ListMmsDbs", "GET", SOURCE + "/dbs"), query(q)));
        assertEquals(2, ((Number) page.get("total")).intValue());
        List<Map<String, Object>> dbs = objects(page);
        assertEquals(List.of("sales", "web"), dbs.stream().map(d -> d.get("name")).toList());
        Map<String, Object> sales = dbs.get(0);
        for (String key : List.of("id", "sourceId", "tables", "tablesDoing", "tablesDone", "tablesFailed",
                "tablesPartDone", "partitions", "partitionsDoing", "partitionsDone", "partitionsFailed")) {
            assertInstanceOf(Number.class, sales.get(key), key);
        }
        for (String key : List.of("name", "sourceName", "status", "dstProjectName", "createTime", "updateTime",
                "lastDdlTime", "location")) {
            assertInstanceOf(String.class, sales.get(key), key);
        }
        assertEquals(5, ((Number) sales.get("tables")).intValue());
        assertEquals(14, ((Number) sales.get("partitions")).intValue());

        q.put("name", "WE");
        List<Map<String, Object>> web = objects(data(call(params("ListMmsDbs", "GET", SOURCE + "/dbs"), query(q))));
        assertEquals(List.of("web"), web.stream().map(d -> d.get("name")).toList());

        Map<String, Object> bad = new HashMap<>(Map.of("sorter", "{\"owner\":\"asc\"}"));
        TeaException e = assertThrows(TeaException.class, () -> call(params("ListMmsDbs", "GET", SOURCE + "/dbs"),
                query(bad)));
        assertEquals("InvalidParameter", e.getCode());
        assertTrue(!e.getMessage().contains("java.") && !e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void listMmsTablesTakesStatusAsAJsonArrayAndTheFlatSorterAndEveryFilter() throws Exception {
        Map<String, Object> q = new HashMap<>();
        q.put("dbName", "web");
        q.put("hasPartitions", false);
        q.put("status", com.aliyun.openapiutil.Client.arrayToStringWithSpecifiedStyle(List.of("INIT", "DONE"),
                "status", "json"));
        q.put("sorter", Map.of("lastDdlTime", "desc"));
        q.put("pageNum", 1);
        q.put("pageSize", 50);
        List<Map<String, Object>> tables = objects(data(call(params("ListMmsTables", "GET", SOURCE + "/tables"),
                query(q))));
        assertEquals(List.of("sessions", "clickstream_raw"), tables.stream().map(t -> t.get("name")).toList());

        Map<String, Object> partitioned = new HashMap<>(Map.of("dbName", "sales", "hasPartitions", true));
        List<Map<String, Object>> salesTables = objects(data(call(params("ListMmsTables", "GET", SOURCE + "/tables"),
                query(partitioned))));
        assertEquals(List.of("orders", "order_items"), salesTables.stream().map(t -> t.get("name")).toList());
        Map<String, Object> orders = salesTables.get(0);
        assertEquals("sales", orders.get("dbName"));
        assertEquals(Boolean.TRUE, orders.get("hasPartitions"));
        assertEquals(6, ((Number) orders.get("partitions")).intValue());
        @SuppressWarnings("unchecked")
        Map<String, Object> schema = (Map<String, Object>) orders.get("schema");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> partitionColumns = (List<Map<String, Object>>) schema.get("partitions");
        assertEquals(List.of("ds", "region"), partitionColumns.stream().map(c -> c.get("name")).toList());

        Map<String, Object> byName = new HashMap<>(Map.of("name", "ORDER", "dbId", 101L, "hasPartitions", false));
        assertEquals(0, objects(data(call(params("ListMmsTables", "GET", SOURCE + "/tables"), query(byName)))).size());
        Map<String, Object> failedOnly = new HashMap<>(Map.of("dbName", "web", "status",
                com.aliyun.openapiutil.Client.arrayToStringWithSpecifiedStyle(List.of("FAILED"), "status", "json")));
        assertEquals(0, objects(data(call(params("ListMmsTables", "GET", SOURCE + "/tables"), query(failedOnly))))
                .size(), "nothing has failed before any job ran");
        Map<String, Object> onlyName = new HashMap<>(Map.of("dbName", "web", "onlyName", true));
        Map<String, Object> first = objects(data(call(params("ListMmsTables", "GET", SOURCE + "/tables"),
                query(onlyName)))).get(0);
        assertEquals("page_views", first.get("name"));
        assertTrue(!first.containsKey("schema"), first.toString());
    }

    @Test
    void listMmsPartitionsGivesTheIdsAPartitionsJobTakes() throws Exception {
        Map<String, Object> q = new HashMap<>();
        q.put("dbName", "sales");
        q.put("tableName", "orders");
        q.put("value", "region=eu");
        q.put("sorter", Map.of("lastDdlTime", "asc"));
        q.put("pageNum", 1);
        q.put("pageSize", 2);
        Map<String, Object> page = data(call(params("ListMmsPartitions", "GET", SOURCE + "/partitions"), query(q)));
        assertEquals(3, ((Number) page.get("total")).intValue());
        List<Map<String, Object>> partitions = objects(page);
        assertEquals(List.of("ds=2024-06-01/region=eu", "ds=2024-06-02/region=eu"),
                partitions.stream().map(p -> p.get("value")).toList());
        Map<String, Object> p = partitions.get(0);
        for (String key : List.of("id", "sourceId", "dbId", "tableId")) {
            assertInstanceOf(Number.class, p.get(key), key);
        }
        for (String key : List.of("sourceName", "dbName", "tableName", "value", "status", "dstProjectName",
                "dstTableName", "dstValue", "lastDdlTime")) {
            assertInstanceOf(String.class, p.get(key), key);
        }
        assertEquals(Boolean.FALSE, p.get("updated"));

        long partitionId = ((Number) p.get("id")).longValue();
        Map<String, Object> spec = new HashMap<>();
        spec.put("name", "eu orders by id");
        spec.put("srcDbName", "sales");
        spec.put("dstDbName", "sales_dw");
        spec.put("partitions", List.of(partitionId));
        Map<String, Object> created = awaitAsyncTask(createJob(spec));
        assertEquals("DONE", created.get("status"), created.toString());
    }

    @Test
    void getMmsDataSourceCarriesEveryCountFieldAndConfigItemsWithoutSecrets() throws Exception {
        Map<String, Object> q = new HashMap<>(Map.of("withConfig", true, "lang", "en_US"));
        Map<String, Object> source = data(call(params("GetMmsDataSource", "GET", SOURCE), query(q)));
        for (String key : List.of("dbNum", "tableNum", "partitionNum", "tablesDoingNum", "tablesDoneNum",
                "tablesFailedNum", "tablesPartDoneNum", "partitionsDoingNum", "partitionsDoneNum",
                "partitionsFailedNum", "scanId")) {
            assertInstanceOf(Number.class, source.get(key), key);
        }
        assertEquals("hive-prod", source.get("name"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> config = (List<Map<String, Object>>) source.get("config");
        assertTrue(config.size() >= 3, config.toString());
        for (Map<String, Object> item : config) {
            for (String key : List.of("key", "name", "type", "group")) {
                assertInstanceOf(String.class, item.get(key), key);
            }
            if ("password".equals(item.get("type"))) {
                assertEquals(null, item.get("value"), "a password is never sent back: " + item);
            }
        }
        TeaException e = assertThrows(TeaException.class, () -> call(params("GetMmsDataSource", "GET",
                "/api/v1/mms/datasources/999"), new OpenApiRequest()));
        assertEquals("DataSource.NotFound", e.getCode());
        assertEquals(404, e.getStatusCode());
    }
}
