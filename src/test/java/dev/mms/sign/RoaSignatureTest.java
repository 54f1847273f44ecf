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
}
