package dev.mms.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.api.RecordingServer.Answer;
import dev.mms.api.RecordingServer.Received;
import dev.mms.auth.Credentials;
import dev.mms.auth.StaticCredentialsProvider;
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
 * ListMmsDbs / ListMmsTables / ListMmsPartitions / GetMmsDataSource: the path and query HttpMmsClient sends equal what
 * the official SDK sends for the same request (openapiutil's query flattening and JSON "shrink", Tea's composeUrl),
 * and the objects keep the server's JSON for -o json.
 */
class CatalogQueriesTest {

    private static final Credentials KEY = new Credentials("testid", "testsecret", null);
    private static final String EMPTY_PAGE = "{\"requestId\":\"R\",\"data\":{\"total\":0,\"objectList\":[]}}";

    private RecordingServer server;

    @BeforeEach
    void start() throws Exception {
        server = new RecordingServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpMmsClient client() {
        ClientSettings settings = new ClientSettings(server.endpoint(), Duration.ofSeconds(5),
                new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1), d -> { }, n -> { }), null, "mms/t");
        return new HttpMmsClient(settings, new StaticCredentialsProvider(KEY, "test key"),
                Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC), () -> "nonce");
    }


    @Test
    void listDatabasesSendsTheSorterAsOneJsonValue() throws Exception {
        server.answer(Answer.json(200, EMPTY_PAGE));
        client().listDatabases(2000015, new DbQuery("sales db", "DONE", 2, 30, new Sort("numRows", "desc")));
        Received r = server.received().get(0);
        assertEquals("/api/v1/mms/datasources/2000015/dbs", r.rawPath());
        assertEquals("ListMmsDbs", r.header("x-acs-action"));

        Map<String, Object> sdk = new HashMap<>();
        sdk.put("name", "sales db");
        sdk.put("status", "DONE");
        sdk.put("pageNum", 2);
        sdk.put("pageSize", 30);
        sdk.put("sorter", com.aliyun.openapiutil.Client.arrayToStringWithSpecifiedStyle(Map.of("numRows", "desc"),
                "sorter", "json"));
        assertEquals(SdkQuery.pairs(SdkQuery.of(sdk)), SdkQuery.pairs(r.rawQuery()), r.rawQuery());
    }

    @Test
    void listTablesSendsStatusAsAJsonArrayAndTheSorterFlat() throws Exception {
        server.answer(Answer.json(200, EMPTY_PAGE));
        client().listTables(2000015, new TableQuery(101L, "sales", "ord", "dst", "proj", "sch", true, false,
                "2024-01-01 00:00:00", "2024-12-31 23:59:59", "MANAGED_TABLE", List.of("DONE", "PART_DONE"), 1, 20,
                new Sort("size", "asc")));
        Received r = server.received().get(0);
        assertEquals("/api/v1/mms/datasources/2000015/tables", r.rawPath());
        assertEquals("ListMmsTables", r.header("x-acs-action"));

        Map<String, Object> sdk = new HashMap<>();
        sdk.put("dbId", 101L);
        sdk.put("dbName", "sales");
        sdk.put("name", "ord");
        sdk.put("dstName", "dst");
        sdk.put("dstProjectName", "proj");
        sdk.put("dstSchemaName", "sch");
        sdk.put("hasPartitions", true);
        sdk.put("onlyName", false);
        sdk.put("lastDdlTimeStart", "2024-01-01 00:00:00");
        sdk.put("lastDdlTimeEnd", "2024-12-31 23:59:59");
        sdk.put("type", "MANAGED_TABLE");
        sdk.put("status", com.aliyun.openapiutil.Client.arrayToStringWithSpecifiedStyle(List.of("DONE", "PART_DONE"),
                "status", "json"));
        sdk.put("pageNum", 1);
        sdk.put("pageSize", 20);
        sdk.put("sorter", Map.of("size", "asc"));
        assertEquals(SdkQuery.pairs(SdkQuery.of(sdk)), SdkQuery.pairs(r.rawQuery()), r.rawQuery());
    }

    @Test
    void listPartitionsSendsTheSdkQueryAndKeepsTheServersObjects() throws Exception {
        server.answer(Answer.json(200, "{\"requestId\":\"R\",\"data\":{\"total\":1,\"pageNum\":1,\"pageSize\":10,"
                + "\"objectList\":[{\"id\":10001001,\"tableName\":\"orders\",\"value\":\"ds=2024-06-01/region=cn\","
                + "\"numRows\":null,\"futureField\":[1,2]}]}}"));
        Page<Partition> page = client().listPartitions(2000015, new PartitionQuery(null, "sales", 7L, "orders",
                "ds=2024", false, null, null, List.of("FAILED"), 1, 10, new Sort("lastDdlTime", "desc")));
        Received r = server.received().get(0);
        assertEquals("/api/v1/mms/datasources/2000015/partitions", r.rawPath());
        assertEquals("ListMmsPartitions", r.header("x-acs-action"));
        Map<String, Object> sdk = new HashMap<>();
        sdk.put("dbName", "sales");
        sdk.put("tableId", 7L);
        sdk.put("tableName", "orders");
        sdk.put("value", "ds=2024");
        sdk.put("updated", false);
        sdk.put("status", com.aliyun.openapiutil.Client.arrayToStringWithSpecifiedStyle(List.of("FAILED"), "status",
                "json"));
        sdk.put("pageNum", 1);
        sdk.put("pageSize", 10);
        sdk.put("sorter", Map.of("lastDdlTime", "desc"));
        assertEquals(SdkQuery.pairs(SdkQuery.of(sdk)), SdkQuery.pairs(r.rawQuery()), r.rawQuery());

        Partition p = page.items().get(0);
        assertEquals(10001001L, p.id());
        assertEquals("ds=2024-06-01/region=cn", p.value());
        assertNull(p.numRows());
        assertTrue(p.wire().has("futureField") && p.wire().get("numRows").isNull(), "the wire form is kept");
    }

    @Test
    void getDataSourceAsksForTheConfigItems() throws Exception {
        server.answer(Answer.json(200, "{\"requestId\":\"R\",\"data\":{\"id\":2000015,\"name\":\"hive-prod\","
                + "\"tablesFailedNum\":2,\"config\":[{\"key\":\"k\",\"type\":\"password\",\"value\":\"s3cret\"}]}}"));
        DataSource source = client().getDataSource(2000015);
        Received r = server.received().get(0);
        assertEquals("/api/v1/mms/datasources/2000015", r.rawPath());
        assertEquals("withConfig=true", r.rawQuery());
        assertEquals("GetMmsDataSource", r.header("x-acs-action"));
        assertEquals(2L, source.tablesFailedNum());
        assertEquals("password", source.config().get(0).type());
    }
}
