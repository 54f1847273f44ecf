package dev.mms.emulator;

import static dev.mms.emulator.OfficialSdk.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teautil.models.RuntimeOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The legacy ROA HMAC-SHA1 signature exactly as the official clients compute it, checked by the emulator: the SDK
 * core with {@code signatureAlgorithm: 'v2'} (a GET without Content-Type, a query key with an empty value, a body
 * without Content-MD5) and the real Node {@code @alicloud/pop-core} ROAClient, installed from the npm registry into
 * target/ (the test is skipped, visibly, when node or npm is missing or the registry cannot be reached). A wrong
 * secret is still refused.
 */
class LegacySignatureClientsTest {

    private static final String JOBS = "/api/v1/mms/datasources/2000015/jobs";
    private static final Path NODE_DIR = Path.of("target", "node-pop-core");

    private static EmulatorServer server;

    @BeforeAll
    static void start() throws Exception {
        server = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(1000));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static com.aliyun.teaopenapi.Client v2Client(String secret) throws Exception {
        return new com.aliyun.teaopenapi.Client(OfficialSdk.config(server, secret).setSignatureAlgorithm("v2"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void sdkCoreV2GetWithAnEmptyQueryValueAndPostWithoutContentMd5AreAccepted() throws Exception {
        Map<String, String> query = new HashMap<>();
        query.put("name", "");
        query.put("pageSize", "5");
        Map<String, ?> list = v2Client(EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET).callApi(
                params("ListMmsJobs", "GET", JOBS), new OpenApiRequest().setQuery(query), new RuntimeOptions());
        assertInstanceOf(Map.class, ((Map<String, Object>) list.get("body")).get("data"));

        Map<String, Object> spec = Map.of("name", "v2-signed", "srcDbName", "sales", "dstDbName", "sales_dw",
                "tables", java.util.List.of("orders"));
        Map<String, ?> created = v2Client(EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET).callApi(
                params("CreateMmsJob", "POST", JOBS),
                new OpenApiRequest().setBody(com.aliyun.openapiutil.Client.parseToMap(spec)), new RuntimeOptions());
        Map<String, Object> data = (Map<String, Object>) ((Map<String, Object>) created.get("body")).get("data");
        assertInstanceOf(Number.class, data.get("asyncTaskId"));
    }

    @Test
    void sdkCoreV2WithAWrongSecretIsRefused() {
        TeaException e = assertThrows(TeaException.class, () -> v2Client("wrong-secret").callApi(
                params("ListMmsJobs", "GET", JOBS), new OpenApiRequest(), new RuntimeOptions()));
        assertEquals("SignatureDoesNotMatch", e.getCode());
    }

    @Test
    void nodePopCoreRoaClientIsAccepted() throws Exception {
        Path roa = installPopCore();
        String script = """
                const ROAClient = require(%s);
                const ok = new ROAClient({endpoint: 'http://127.0.0.1:%d', apiVersion: '2022-01-04',
                  accessKeyId: '%s', accessKeySecret: '%s'});
                const bad = new ROAClient({endpoint: 'http://127.0.0.1:%d', apiVersion: '2022-01-04',
                  accessKeyId: '%s', accessKeySecret: 'wrong-secret'});
                const jobs = '/api/v1/mms/datasources/2000015/jobs';
                const body = JSON.stringify({name: 'pop-core-signed', srcDbName: 'sales', dstDbName: 'sales_dw',
                  tables: ['orders']});
                (async () => {
                  const out = {};
                  out.get = (await ok.get(jobs, {name: '', pageSize: '5'})).data.pageSize;
                  out.getNoQuery = typeof (await ok.get('/api/v1/mms/datasources')).data;
                  out.post = (await ok.post(jobs, {}, body, {'content-type': 'application/json'})).data.asyncTaskId;
                  try { await bad.get(jobs, {}); out.bad = 'accepted'; } catch (e) { out.bad = e.name; }
                  console.log(JSON.stringify(out));
                })().catch(e => { console.error(e.stack || e); process.exit(1); });
                """.formatted(json(roa.toAbsolutePath().toString()), server.port(), EmulatorConfig.DEFAULT_ACCESS_KEY_ID,
                EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET, server.port(), EmulatorConfig.DEFAULT_ACCESS_KEY_ID);
        Path file = Files.writeString(NODE_DIR.resolve("call-emulator.js"), script);

        Run run = run(60, "node", file.toAbsolutePath().toString());

        assertEquals(0, run.exit, run.output);
        JsonNode out = new ObjectMapper().readTree(run.output.lines().reduce((a, b) -> b).orElse("{}"));
        assertEquals(5, out.get("get").asInt(), run.output);
        assertEquals("object", out.get("getNoQuery").asText(), run.output);
        assertTrue(out.get("post").canConvertToLong(), run.output);
        assertEquals("SignatureDoesNotMatchError", out.get("bad").asText(), run.output);
    }

    /** pop-core's lib/roa.js, installed once into target/node-pop-core; skips the test when that is impossible. */
    private static Path installPopCore() throws Exception {
        Path roa = NODE_DIR.resolve("node_modules/@alicloud/pop-core/lib/roa.js");
        if (Files.isRegularFile(roa)) {
            return roa;
        }
        assumeTrue(commandExists("node") && commandExists("npm"), "SKIPPED: node or npm is not installed");
        Files.createDirectories(NODE_DIR);
        Run install = run(180, "npm", "install", "--no-audit", "--no-fund", "--prefix",
                NODE_DIR.toAbsolutePath().toString(), "@alicloud/pop-core");
        assumeTrue(install.exit == 0 && Files.isRegularFile(roa),
                "SKIPPED: npm could not install @alicloud/pop-core: " + install.output);
        return roa;
    }

    private static boolean commandExists(String name) {
        try {
            return run(20, name, "--version").exit == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private record Run(int exit, String output) {
    }

    private static Run run(int seconds, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Run(-1, "timed out");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static String json(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
