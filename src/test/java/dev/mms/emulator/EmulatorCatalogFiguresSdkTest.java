package dev.mms.emulator;

import static dev.mms.emulator.OfficialSdk.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teautil.models.RuntimeOptions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog's figures as the official SDK core reads them: rows and sizes of partitions, tables (their sums) and
 * databases, table columns, and the paging of a table with hundreds of partitions.
 */
class EmulatorCatalogFiguresSdkTest {

    private static EmulatorServer server;
    private static final Catalog CATALOG = Catalog.builtIn();

    @BeforeAll
    static void start() throws Exception {
        server = EmulatorServer.start(EmulatorConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(String action, String path, Map<String, Object> query) throws Exception {
        com.aliyun.teaopenapi.Client client = OfficialSdk.client(server, EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET);
        OpenApiRequest request = new OpenApiRequest().setQuery(com.aliyun.openapiutil.Client.query(query));
        Map<String, ?> response = client.callApi(params(action, "GET", path), request,
                new RuntimeOptions());
        return (Map<String, Object>) ((Map<String, Object>) response.get("body")).get("data");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("objectList");
    }

    private static long number(Object value) {
        assertInstanceOf(Number.class, value);
        return ((Number) value).longValue();
    }

    @Test
    void partitionsCarryTheirRowsAndSizesAndTablesTheirSums() throws Exception {
        Catalog.Table orders = CATALOG.source(2000015).orElseThrow().database("sales").orElseThrow()
                .table("orders").orElseThrow();
        Map<String, Object> q = new HashMap<>(Map.of("dbName", "sales", "tableName", "orders"));
        List<Map<String, Object>> partitions = objects(data("ListMmsPartitions",
                "/api/v1/mms/datasources/2000015/partitions", q));
        assertEquals(6, partitions.size());
        long rows = 0;
        long size = 0;
        for (int i = 0; i < partitions.size(); i++) {
            assertEquals(orders.partitions().get(i).numRows(), number(partitions.get(i).get("numRows")));
            assertEquals(orders.partitions().get(i).size(), number(partitions.get(i).get("size")));
            rows += number(partitions.get(i).get("numRows"));
            size += number(partitions.get(i).get("size"));
        }
        assertEquals("2024-06-01 02:15:00", partitions.get(0).get("lastDdlTime"));

        Map<String, Object> t = objects(data("ListMmsTables", "/api/v1/mms/datasources/2000015/tables",
                new HashMap<>(Map.of("dbName", "sales", "name", "orders")))).get(0);
        assertEquals(rows, number(t.get("numRows")));
        assertEquals(size, number(t.get("size")));
        @SuppressWarnings("unchecked")
        Map<String, Object> schema = (Map<String, Object>) t.get("schema");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> columns = (List<Map<String, Object>>) schema.get("columns");
        assertEquals(List.of("order_id", "customer_id", "amount", "currency", "created_at"),
                columns.stream().map(c -> c.get("name")).toList());
        assertEquals("decimal(12,2)", columns.get(2).get("type"));

        Map<String, Object> customers = objects(data("ListMmsTables", "/api/v1/mms/datasources/2000015/tables",
                new HashMap<>(Map.of("dbName", "sales", "name", "customers")))).get(0);
        assertEquals(Boolean.FALSE, customers.get("hasPartitions"));
        assertEquals(CATALOG.source(2000015).orElseThrow().database("sales").orElseThrow().table("customers")
                .orElseThrow().numRows(), number(customers.get("numRows")));

        Map<String, Object> sales = objects(data("ListMmsDbs", "/api/v1/mms/datasources/2000015/dbs",
                new HashMap<>(Map.of("name", "sales")))).get(0);
        long dbRows = CATALOG.source(2000015).orElseThrow().database("sales").orElseThrow().tablesOrEmpty().stream()
                .mapToLong(Catalog.Table::rows).sum();
        assertEquals(dbRows, number(sales.get("numRows")));
    }

    @Test
    void hundredsOfPartitionsComeInPages() throws Exception {
        Set<Object> ids = new HashSet<>();
        int pages = 0;
        for (int page = 1; ; page++) {
            Map<String, Object> q = new HashMap<>(Map.of("dbName", "ods", "tableName", "access_log",
                    "pageNum", page, "pageSize", 100));
            Map<String, Object> data = data("ListMmsPartitions", "/api/v1/mms/datasources/2000017/partitions", q);
            assertEquals(336, number(data.get("total")));
            List<Map<String, Object>> items = objects(data);
            items.forEach(p -> ids.add(p.get("id")));
            pages++;
            if (items.size() < 100) {
                break;
            }
        }
        assertEquals(4, pages);
        assertEquals(336, ids.size(), "14 days of 24 hours, each once");
    }
}
