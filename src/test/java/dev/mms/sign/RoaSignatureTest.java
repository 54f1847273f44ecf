package dev.mms.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoaSignatureTest {

    @Test
    void reproducesTheGoSdkTestVector() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("accept", "application/json");
        headers.put("content-md5", "1B2M2Y8AsgTpgAmY7PhCfg==");
        headers.put("content-type", "application/octet-stream");
        headers.put("date", "mock date");
        headers.put("x-acs-version", "");
        headers.put("x-acs-signature-version", "1.0");
        headers.put("x-acs-signature-method", "HMAC-SHA1");
        String stringToSign = RoaSignature.stringToSign("GET", "/users/:user", Map.of(), headers, false);
        assertEquals("GET\napplication/json\n1B2M2Y8AsgTpgAmY7PhCfg==\napplication/octet-stream\nmock date\n"
                + "x-acs-signature-method:HMAC-SHA1\nx-acs-signature-version:1.0\nx-acs-version:\n/users/:user",
                stringToSign);
        assertEquals("acs accessKeyId:degLHXLEN6rMojj+bOlK74U9iic=",
                RoaSignature.authorization("accessKeyId", "accessKeySecret", stringToSign));
    }

    @Test
    void queryIsSortedUnencodedWithBareEmptyKeys() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("status", "DOING");
        query.put("name", "my job");
        query.put("flag", "");
        assertEquals("GET\n/jobs?flag&name=my job&status=DOING",
                RoaSignature.stringToSign("GET", "/jobs", query, Map.of(), false));
        assertEquals("GET\n/jobs?", RoaSignature.stringToSign("GET", "/jobs", Map.of(), Map.of(), true));
    }

    @Test
    void sdkCoreV2LayoutIsOpenapiutilsStringToSign() throws Exception {
        com.aliyun.tea.TeaRequest request = new com.aliyun.tea.TeaRequest();
        request.method = "GET";
        request.pathname = "/api/v1/mms/datasources/2000015/jobs";
        request.headers = new java.util.HashMap<>(Map.of("accept", "application/json",
                "date", "Wed, 01 Jan 2025 00:00:00 GMT", "x-acs-version", "2022-01-04",
                "x-acs-signature-nonce", "n-1", "x-acs-action", "ListMmsJobs"));
        request.query = new java.util.HashMap<>(Map.of("name", "", "status", "DOING"));

        assertEquals(com.aliyun.openapiutil.Client.getStringToSign(request), RoaSignature.stringToSign(
                request.method, request.pathname, request.query, request.headers, RoaSignature.SDK_CORE_V2));
    }

    @Test
    void layoutsDifferOnlyWhereTheClientsDo() {
        Map<String, String> headers = Map.of("accept", "application/json", "date", "d");
        Map<String, String> query = Map.of("name", "");
        assertEquals("GET\napplication/json\nd\n/p?name",
                RoaSignature.stringToSign("GET", "/p", query, headers, RoaSignature.GO_SDK));
        assertEquals("GET\napplication/json\n\n\nd\n/p?name",
                RoaSignature.stringToSign("GET", "/p", query, headers, RoaSignature.SDK_CORE_V2));
        assertEquals("GET\napplication/json\n\n\nd\n/p?name=",
                RoaSignature.stringToSign("GET", "/p", query, headers, RoaSignature.POP_CORE));
    }
}
