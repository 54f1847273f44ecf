package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 3, "on the wire": the CreateMmsJob body that {@code mms job create} sends (taken from --dry-run, which shows
 * the exact bytes) equals, as a JSON tree, the body the official SDK core sends for the same fields: the generated SDK
 * copies the fields into a map, then tea-openapi runs {@code openapiutil.parseToMap} and {@code teautil.toJSONString}.
 */
class RequestBodyEquivalenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path home;
    @TempDir
    Path dir;

    static Stream<String> specs() throws IOException {
        Stream<String> examples = Stream.of("tables-with-filters.yaml", "partitions.yaml", "database-with-blacklist.yaml")
                .map(name -> read(Path.of("docs", "examples", name)));
        Stream<String> edgeCases = Stream.of("""
                name: "odd <&> 'quotes' \\"double\\" — 東京 ✓"
                sourceId: 2000015
                sourceName: hive-prod
                srcDbName: sales
                srcSchemaName: default
                dstDbName: sales_dw
                dstSchemaName: "schema with space"
                tables: [orders, "order_items"]
                partitionFilters:
                  orders: "region = 'é u' and ds in ('2024-06-01', \\"2024-06-02\\")"
                tableMapping:
                  orders: "ods orders"
                columnMapping:
                  "col with space": "列 名"
                  "a\\"b": 'c''d'
                schemaOnly: false
                enableSchemaMigration: true
                enableDataMigration: false
                enableVerification: true
                others:
                  flag: true
                  count: 7
                  text: "x=1&y=2"
                eta: "2026-01-31"
                """, """
                name: whole-db
                sourceId: 2000015
                srcDbName: web
                dstDbName: web_dw
                tableWhiteList: [page_views, sessions]
                tableBlackList: []
                """, """
                name: big-partition-ids
                sourceId: 2000017
                srcDbName: legacy_dw
                dstDbName: legacy_dw_new
                partitions: [30001001, 9007199254740993]
                """);
        return Stream.concat(examples, edgeCases);
    }

    @ParameterizedTest
    @MethodSource("specs")
    void bodyOfASpecEqualsTheOfficialSdkBody(String yaml) throws IOException {
        Path file = dir.resolve("spec.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        String ours = dryRunBody("-f", file.toString());
        Map<String, Object> fields = YAML.readValue(yaml, new TypeReference<LinkedHashMap<String, Object>>() { });
        assertEquals(JSON.readTree(sdkBody(fields)), JSON.readTree(ours), "our body:\n" + ours);
    }

    @Test
    void bodyOfFlagsEqualsTheOfficialSdkBody() throws IOException {
        String ours = dryRunBody("--source-id", "2000015", "--name", "from flags", "--src-db", "sales",
                "--dst-db", "sales_dw", "--tables", "orders,customers",
                "--partition-filter", "orders=ds >= '2024-06-01'", "--table-mapping", "customers=客户",
                "--column-mapping", "region=region code", "--verify", "--no-data-migration",
                "--others", "retries=3", "--others", "label=a b", "--eta", "2026-12-31");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sourceId", 2000015L);
        fields.put("name", "from flags");
        fields.put("srcDbName", "sales");
        fields.put("dstDbName", "sales_dw");
        fields.put("tables", List.of("orders", "customers"));
        fields.put("partitionFilters", Map.of("orders", "ds >= '2024-06-01'"));
        fields.put("tableMapping", Map.of("customers", "客户"));
        fields.put("columnMapping", Map.of("region", "region code"));
        fields.put("enableVerification", true);
        fields.put("enableDataMigration", false);
        fields.put("others", Map.of("retries", 3L, "label", "a b"));
        fields.put("eta", "2026-12-31");
        assertEquals(JSON.readTree(sdkBody(fields)), JSON.readTree(ours), "our body:\n" + ours);
    }

    /** The body text of the one request that --dry-run prints. */
    private String dryRunBody(String... specArgs) {
        List<String> args = new java.util.ArrayList<>(List.of("job", "create", "--dry-run", "-o", "json"));
        args.addAll(List.of(specArgs));
        // No server: --dry-run must not need one, so the endpoint points nowhere.
        CliHarness.Result r = CliHarness.of(home, "127.0.0.1:9").run(args.toArray(String[]::new)).assertOk();
        JsonNode requests = r.json();
        r.checkEquals(1, requests.size(), "requests");
        return requests.get(0).get("body").toString();
    }

    /** What tea-openapi puts on the wire for reqBodyType json (mms-api.md §3.1). */
    private static String sdkBody(Map<String, Object> fields) {
        return com.aliyun.teautil.Common.toJSONString(com.aliyun.openapiutil.Client.parseToMap(fields));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
