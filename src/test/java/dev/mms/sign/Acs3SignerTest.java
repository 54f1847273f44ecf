package dev.mms.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aliyun.tea.TeaRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The signer against the official test vectors, the derived MMS examples and the official Java signer itself. */
class Acs3SignerTest {

    private static final String VECTOR_PAYLOAD = "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23";

    @Test
    void reproducesTheOfficialJavaTestVector() {
        Map<String, String> query = new HashMap<>();
        query.put("test", "ok");
        query.put("empty", "");
        Map<String, String> headers = new HashMap<>(); // a HashMap, as the official test: its order picks the value
        headers.put("x-acs-test", "http");
        headers.put("x-acs-TEST", "https");

        String authorization = Acs3Signer.authorization("acesskey", "secret", "GET", "", query, headers, VECTOR_PAYLOAD);

        assertEquals("ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,"
                + "Signature=02e81f9f3cc8839151b0c7278024cbc4bfc9fa786085a0b8305f825f17b5dae7", authorization);
    }

    @Test
    void reproducesTheOfficialGoTestVectorWithJoinedHeaderValues() {
        Map<String, String> query = Map.of("test", "ok", "empty", "");
        SortedMap<String, String> joined = new TreeMap<>(Map.of("x-acs-test", "http,https"));

        assertEquals("\n/\nempty=&test=ok\nx-acs-test:http,https\n\nx-acs-test\n" + VECTOR_PAYLOAD,
                Acs3Signer.canonicalRequest("", "", query, joined, VECTOR_PAYLOAD));
        assertEquals("4ab59fffe3c5738ff8a2729f90cc04fe18b02a4b15b2102cbaf92f9ff3df2ea3",
                Acs3Signer.signature("secret", "", "", query, joined, VECTOR_PAYLOAD));
    }

    @Test
    void signsTheDerivedListMmsJobsExample() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("pageNum", "1");
        query.put("pageSize", "10");
        query.put("sorter.status", "desc");
        query.put("status", "DOING");
        query.put("name", "my job");
        Map<String, String> headers = mmsHeaders("ListMmsJobs");
        headers.put("x-acs-content-sha256", Acs3Signer.EMPTY_PAYLOAD_HASH);
        String path = "/api/v1/mms/datasources/2000015/jobs";

        assertEquals("name=my%20job&pageNum=1&pageSize=10&sorter.status=desc&status=DOING",
                Acs3Signer.canonicalQuery(query));
        String canonical = Acs3Signer.canonicalRequest("GET", path, query, Acs3Signer.signableHeaders(headers),
                Acs3Signer.EMPTY_PAYLOAD_HASH);
        assertEquals("7216837f3194817a12a70bd4ae9c93da9c8c417dd37048c4e68503322c75d3fc",
                Acs3Signer.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)));
        assertEquals("ACS3-HMAC-SHA256 Credential=testid,"
                        + "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                        + "Signature=dca8b668c15f8e799ef4367e1b67864ed3d0e28851f3b0f36d17b0f95fa4a117",
                Acs3Signer.authorization("testid", "testsecret", "GET", path, query, headers,
                        Acs3Signer.EMPTY_PAYLOAD_HASH));
    }

    @Test
    void signsTheDerivedCreateMmsJobExample() {
        byte[] body = ("{\"name\":\"j1\",\"srcDbName\":\"db1\",\"dstDbName\":\"p1\",\"tables\":[\"t1\"],"
                + "\"partitionFilters\":{\"t1\":\"p1 >= '2022-03-04'\"}}").getBytes(StandardCharsets.UTF_8);
        String payloadHash = Acs3Signer.sha256Hex(body);
        Map<String, String> headers = mmsHeaders("CreateMmsJob");
        headers.put("content-type", "application/json; charset=utf-8");
        headers.put("x-acs-content-sha256", payloadHash);

        assertEquals("8b751596a224e0c4e6f4ba55516add0ce6020b985844ef0aa96335c0a675b1f3", payloadHash);
        assertEquals("ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=content-type;host;x-acs-action;"
                        + "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                        + "Signature=e26df36b0958b8f3640106abe1b52e91f97f48d29fdffc47162134b6def2964f",
                Acs3Signer.authorization("testid", "testsecret", "POST", "/api/v1/mms/datasources/2000015/jobs",
                        Map.of(), headers, payloadHash));
    }

    /** Odd characters, empty values, CJK and emoji, dotted keys, mixed-case header names: same answer as the SDK. */
    @Test
    void agreesWithTheOfficialJavaSignerOnGeneratedRequests() throws Exception {
        Random random = new Random(20250101L);
        for (int i = 0; i < 400; i++) {
            String method = List.of("GET", "POST", "PUT", "DELETE").get(random.nextInt(4));
            String path = "/api/v1/mms/datasources/" + Acs3Signer.percentEncode(text(random)) + "/jobs";
            Map<String, String> query = new HashMap<>();
            for (int q = random.nextInt(7); q > 0; q--) {
                query.put(random.nextBoolean() ? "sorter." + text(random) : text(random),
                        random.nextInt(5) == 0 ? "" : text(random));
            }
            Map<String, String> headers = mmsHeaders("ListMmsJobs");
            headers.put("x-acs-content-sha256", Acs3Signer.sha256Hex(text(random).getBytes(StandardCharsets.UTF_8)));
            headers.put("accept", "application/json");
            headers.put("user-agent", "mms/test " + text(random));
            if (random.nextBoolean()) {
                headers.put("Content-Type", "application/json; charset=utf-8");
            }
            if (random.nextBoolean()) {
                headers.put(random.nextBoolean() ? "x-acs-extra" : "X-Acs-Extra", " " + ascii(random) + " ");
            }
            String ak = "ak-" + ascii(random);
            String secret = "secret-" + ascii(random);
            String payloadHash = headers.get("x-acs-content-sha256");

            TeaRequest official = new TeaRequest();
            official.method = method;
            official.pathname = path;
            official.query = query;
            official.headers = headers;
            String expected = com.aliyun.openapiutil.Client.getAuthorization(official, "ACS3-HMAC-SHA256",
                    payloadHash, ak, secret);

            assertEquals(expected, Acs3Signer.authorization(ak, secret, method, path, query, headers, payloadHash),
                    "request " + i + ": " + method + " " + path + " " + query + " " + headers);
        }
    }

    private static final String[] PIECES = {"a", "Z", "0", "9", "-", "_", ".", "~", "*", "+", " ", "%", "/", "&",
        "=", "?", "'", "\"", "迁移", "作业", "表", "é", "🚀", "😀", "job", "status", "p1 >= '2022'", ",", ":", ";"};

    private static String text(Random random) {
        StringBuilder out = new StringBuilder();
        for (int n = 1 + random.nextInt(5); n > 0; n--) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }

    private static String ascii(Random random) {
        StringBuilder out = new StringBuilder();
        for (int n = 1 + random.nextInt(12); n > 0; n--) {
            out.append((char) ('!' + random.nextInt(94)));
        }
        return out.toString();
    }

    private static Map<String, String> mmsHeaders(String action) {
        Map<String, String> headers = new HashMap<>();
        headers.put("host", "maxcompute.cn-hangzhou.aliyuncs.com");
        headers.put("x-acs-version", "2022-01-04");
        headers.put("x-acs-action", action);
        headers.put("x-acs-date", "2025-01-01T00:00:00Z");
        headers.put("x-acs-signature-nonce", "nonce-123");
        return headers;
    }
}
