package dev.mms.emulator;

import dev.mms.testing.ManualClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.sign.Acs3Signer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signature checks over real loopback HTTP: ACS3 failures, and the aliyun CLI's legacy ROA HMAC-SHA1. */
class EmulatorAuthTest {

    private static final String JOBS = "/api/v1/mms/datasources/2000015/jobs";
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private ManualClock clock;
    private EmulatorServer server;
    private SignedHttp http;

    @BeforeEach
    void start() throws Exception {
        clock = new ManualClock(T0);
        server = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withClock(clock));
        http = new SignedHttp(server.port(), EmulatorConfig.DEFAULT_ACCESS_KEY_ID,
                EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void signedRequestIsAccepted() throws Exception {
        SignedHttp.Response r = http.get(JOBS, Map.of("name", "nightly orders", "sorter.status", "desc"), T0);
        assertEquals(200, r.status(), r.body().toString());
        assertTrue(r.body().get("requestId").isTextual());
        assertEquals(0, r.body().get("data").get("total").asInt());
    }

    @Test
    void missingAuthorizationIsRejectedInTheGatewayShape() throws Exception {
        Map<String, String> headers = new LinkedHashMap<>(http.signedHeaders("GET", JOBS, Map.of(), new byte[0],
                T0.toString(), "n1"));
        headers.remove("Authorization");
        SignedHttp.Response r = http.send("GET", JOBS, "", new byte[0], headers);
        assertEquals(400, r.status());
        assertEquals("MissingAuthorization", r.code());
        for (String key : new String[] {"RequestId", "HostId", "Code", "Message", "Recommend"}) {
            assertTrue(r.body().has(key), key + " in " + r.body());
        }
    }

    @Test
    void malformedDateIsInvalidTimeStampFormat() throws Exception {
        SignedHttp.Response r = http.send("GET", JOBS, "", new byte[0],
                http.signedHeaders("GET", JOBS, Map.of(), new byte[0], "2025-01-01 00:00:00", "n1"));
        assertEquals(400, r.status());
        assertEquals("InvalidTimeStamp.Format", r.code());
    }

    @Test
    void dateOutsideFifteenMinutesIsExpired() throws Exception {
        SignedHttp.Response r = http.get(JOBS, Map.of(), T0.minus(Duration.ofMinutes(16)));
        assertEquals(400, r.status());
        assertEquals("InvalidTimeStamp.Expired", r.code());
        assertEquals(200, http.get(JOBS, Map.of(), T0.minus(Duration.ofMinutes(14))).status());
    }

    @Test
    void reusedNonceIsRejected() throws Exception {
        Map<String, String> headers = http.signedHeaders("GET", JOBS, Map.of(), new byte[0], T0.toString(), "n-42");
        assertEquals(200, http.send("GET", JOBS, "", new byte[0], headers).status());
        SignedHttp.Response again = http.send("GET", JOBS, "", new byte[0], headers);
        assertEquals(400, again.status());
        assertEquals("SignatureNonceUsed", again.code());
    }

    @Test
    void unknownAccessKeyIsNotFound() throws Exception {
        SignedHttp stranger = new SignedHttp(server.port(), "LTAIunknown", "whatever");
        SignedHttp.Response r = stranger.get(JOBS, Map.of(), T0);
        assertEquals(404, r.status());
        assertEquals("InvalidAccessKeyId.NotFound", r.code());
    }

    @Test
    void wrongSecretShowsTheServersCanonicalRequestButNoSecret() throws Exception {
        SignedHttp wrong = new SignedHttp(server.port(), EmulatorConfig.DEFAULT_ACCESS_KEY_ID, "wrong-secret");
        SignedHttp.Response r = wrong.get(JOBS, Map.of("name", "a b"), T0);
        assertEquals(400, r.status());
        assertEquals("SignatureDoesNotMatch", r.code());
        assertTrue(r.message().contains("GET\\n" + JOBS + "\\nname=a%20b\\n"), r.message());
        assertFalse(r.message().contains(EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET));
    }

    @Test
    void bodyChangedAfterSigningIsRejected() throws Exception {
        byte[] signedBody = "{\"name\":\"j\",\"srcDbName\":\"sales\",\"dstDbName\":\"d\"}".getBytes(
                StandardCharsets.UTF_8);
        Map<String, String> headers = http.signedHeaders("POST", JOBS, Map.of(), signedBody, T0.toString(), "n1");
        byte[] other = "{\"name\":\"x\",\"srcDbName\":\"sales\",\"dstDbName\":\"d\"}".getBytes(StandardCharsets.UTF_8);
        SignedHttp.Response r = http.send("POST", JOBS, "", other, headers);
        assertEquals(400, r.status());
        assertEquals("SignatureDoesNotMatch", r.code());
    }

    @Test
    void requiredHeadersMustBeSigned() throws Exception {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("host", http.host());
        h.put("x-acs-date", T0.toString());
        h.put("Authorization", Acs3Signer.authorization(EmulatorConfig.DEFAULT_ACCESS_KEY_ID,
                EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET, "GET", JOBS, Map.of(), h, Acs3Signer.EMPTY_PAYLOAD_HASH));
        SignedHttp.Response r = http.send("GET", JOBS, "", new byte[0], h);
        assertEquals(400, r.status());
        assertEquals("IncompleteSignature", r.code());
    }

    @Test
    void unknownRouteIsInvalidApiNotFound() throws Exception {
        SignedHttp.Response r = http.get("/api/v1/mms/datasources/2000015/jobz", Map.of(), T0);
        assertEquals(404, r.status());
        assertEquals("InvalidApi.NotFound", r.code());
        assertEquals(404, http.send("DELETE", JOBS + "/1", Map.of(), new byte[0], T0).status(),
                "DeleteMmsJob is POST, not DELETE");
    }

    @Test
    void unknownJobSourceAndAsyncTaskAreBusinessNotFound() throws Exception {
        SignedHttp.Response job = http.get(JOBS + "/424242", Map.of(), T0);
        assertEquals(404, job.status());
        assertEquals("Job.NotFound", job.code());
        for (String key : new String[] {"requestId", "code", "message", "httpCode", "errorCode", "errorMsg"}) {
            assertTrue(job.body().has(key), key + " in " + job.body());
        }
        assertEquals(404, job.body().get("httpCode").asInt());
        assertEquals("DataSource.NotFound", http.get("/api/v1/mms/datasources/1/jobs", Map.of(), T0).code());
        assertEquals("AsyncTask.NotFound",
                http.get("/api/v1/mms/datasources/2000015/asyncTasks/77", Map.of(), T0).code());
    }

    // ---- legacy ROA HMAC-SHA1, signed here by hand exactly as mms-api.md §6.3 describes ----

    private Map<String, String> roaHeaders(String method, String path, String rawQuery, byte[] body,
                                           boolean trailingMark, String secret) throws Exception {
        Map<String, String> h = new TreeMap<>();
        h.put("accept", "application/json");
        h.put("content-md5", Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body)));
        h.put("content-type", body.length > 0 ? "application/json" : "application/octet-stream");
        h.put("date", DateTimeFormatter.RFC_1123_DATE_TIME.format(T0.atZone(ZoneOffset.UTC)));
        h.put("x-acs-signature-method", "HMAC-SHA1");
        h.put("x-acs-signature-version", "1.0");
        h.put("x-acs-version", "2022-01-04");
        h.put("x-acs-region-id", "cn-hangzhou");
        StringBuilder s = new StringBuilder(method).append('\n')
                .append(h.get("accept")).append('\n').append(h.get("content-md5")).append('\n')
                .append(h.get("content-type")).append('\n').append(h.get("date")).append('\n');
        h.forEach((k, v) -> {
            if (k.startsWith("x-acs-")) {
                s.append(k).append(':').append(v).append('\n');
            }
        });
        s.append(path).append(rawQuery.isEmpty() ? (trailingMark ? "?" : "") : "?" + rawQuery);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        h.put("Authorization", "acs " + EmulatorConfig.DEFAULT_ACCESS_KEY_ID + ":"
                + Base64.getEncoder().encodeToString(mac.doFinal(s.toString().getBytes(StandardCharsets.UTF_8))));
        return h;
    }

    @Test
    void legacyRoaRequestsAreAcceptedWithOrWithoutTrailingQuestionMark() throws Exception {
        byte[] body = "{\"name\":\"cli job\",\"srcDbName\":\"sales\",\"dstDbName\":\"sales_dw\",\"tables\":[\"customers\"]}"
                .getBytes(StandardCharsets.UTF_8);
        SignedHttp.Response created = http.send("POST", JOBS, "", body,
                roaHeaders("POST", JOBS, "", body, false, EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET));
        assertEquals(200, created.status(), created.body().toString());
        assertTrue(created.body().get("data").get("asyncTaskId").isNumber());

        String path = "/api/v1/mms/datasources/2000015/asyncTasks/" + created.body().get("data").get("asyncTaskId");
        SignedHttp.Response task = http.send("GET", path, "", new byte[0],
                roaHeaders("GET", path, "", new byte[0], true, EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET));
        assertEquals(200, task.status(), task.body().toString());

        SignedHttp.Response list = http.send("GET", JOBS, "pageNum=1&pageSize=10&sorter.status=desc", new byte[0],
                roaHeaders("GET", JOBS, "pageNum=1&pageSize=10&sorter.status=desc", new byte[0], false,
                        EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET));
        assertEquals(200, list.status(), list.body().toString());
    }

    @Test
    void tamperedLegacyRoaRequestsAreRejected() throws Exception {
        byte[] body = "{\"name\":\"cli job\",\"srcDbName\":\"sales\",\"dstDbName\":\"sales_dw\"}"
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = roaHeaders("POST", JOBS, "", body, false,
                EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET);
        byte[] tampered = "{\"name\":\"evil job\",\"srcDbName\":\"sales\",\"dstDbName\":\"sales_dw\"}"
                .getBytes(StandardCharsets.UTF_8);
        SignedHttp.Response r = http.send("POST", JOBS, "", tampered, headers);
        assertEquals(400, r.status());
        assertEquals("SignatureDoesNotMatch", r.code());

        Map<String, String> resigned = roaHeaders("GET", JOBS, "status=DONE", new byte[0], false,
                EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET);
        SignedHttp.Response otherQuery = http.send("GET", JOBS, "status=FAILED", new byte[0], resigned);
        assertEquals(400, otherQuery.status());
        assertEquals("SignatureDoesNotMatch", otherQuery.code());
        assertTrue(otherQuery.message().contains("status=FAILED"), otherQuery.message());

        SignedHttp.Response wrongKey = http.send("GET", JOBS, "", new byte[0],
                roaHeaders("GET", JOBS, "", new byte[0], false, "wrong-secret"));
        assertEquals("SignatureDoesNotMatch", wrongKey.code());
    }

    @Test
    void popCoreLayoutStillRefusesAReplayedNonceAndAStaleDate() throws Exception {
        Map<String, String> h = new TreeMap<>();
        h.put("accept", "application/json");
        h.put("date", DateTimeFormatter.RFC_1123_DATE_TIME.format(T0.atZone(ZoneOffset.UTC)));
        h.put("x-acs-signature-method", "HMAC-SHA1");
        h.put("x-acs-signature-version", "1.0");
        h.put("x-acs-signature-nonce", "pop-nonce-1");
        h.put("x-acs-version", "2022-01-04");
        Map<String, String> query = Map.of("name", "");
        String stringToSign = dev.mms.sign.RoaSignature.stringToSign("GET", JOBS, query, h,
                dev.mms.sign.RoaSignature.POP_CORE);
        assertEquals("GET\napplication/json\n\n\n" + h.get("date") + "\nx-acs-signature-method:HMAC-SHA1\n"
                + "x-acs-signature-nonce:pop-nonce-1\nx-acs-signature-version:1.0\nx-acs-version:2022-01-04\n"
                + JOBS + "?name=", stringToSign, "empty Content-MD5/Content-Type lines, and name= for an empty value");
        h.put("Authorization", dev.mms.sign.RoaSignature.authorization(EmulatorConfig.DEFAULT_ACCESS_KEY_ID,
                EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET, stringToSign));

        assertEquals(200, http.send("GET", JOBS, "name=", new byte[0], h).status());
        SignedHttp.Response replayed = http.send("GET", JOBS, "name=", new byte[0], h);
        assertEquals("SignatureNonceUsed", replayed.code());
        clock.advance(Duration.ofMinutes(16));
        h.put("x-acs-signature-nonce", "pop-nonce-2");
        h.put("Authorization", dev.mms.sign.RoaSignature.authorization(EmulatorConfig.DEFAULT_ACCESS_KEY_ID,
                EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET, dev.mms.sign.RoaSignature.stringToSign("GET", JOBS, query, h,
                        dev.mms.sign.RoaSignature.POP_CORE)));
        assertEquals("InvalidTimeStamp.Expired", http.send("GET", JOBS, "name=", new byte[0], h).code());
    }
}
