package dev.mms.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The RPC HMAC-SHA1 signature that STS checks: the documented example and the official openapiutil signer. */
class RpcSignatureTest {

    @Test
    void reproducesTheDocumentedDescribeRegionsExample() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("Action", "DescribeRegions");
        params.put("Format", "XML");
        params.put("Version", "2014-05-26");
        params.put("AccessKeyId", "testid");
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
        params.put("SignatureVersion", "1.0");
        params.put("Timestamp", "2016-02-23T12:46:24Z");

        assertEquals("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod"
                + "%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0"
                + "%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26",
                RpcSignature.stringToSign("GET", params));
        assertEquals("OLeaidS1JvxuMvnyHOwuJ+uX5qY=", RpcSignature.signature("testsecret", "GET", params));
    }

    @Test
    void agreesWithTheOfficialSignerOnAssumeRoleParameters() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            Map<String, String> params = new HashMap<>();
            params.put("Action", "AssumeRole");
            params.put("Version", "2015-04-01");
            params.put("RoleArn", "acs:ram::" + random.nextInt(1_000_000) + ":role/ci-" + i);
            params.put("RoleSessionName", "s " + (char) ('a' + random.nextInt(26)) + "~*+/é");
            params.put("DurationSeconds", String.valueOf(900 + random.nextInt(3000)));
            params.put("SignatureNonce", Long.toHexString(random.nextLong()));
            params.put("Timestamp", "2025-01-01T00:00:0" + random.nextInt(10) + "Z");
            String secret = "secret-" + random.nextInt();

            assertEquals(com.aliyun.openapiutil.Client.getRPCSignature(params, "GET", secret),
                    RpcSignature.signature(secret, "GET", params), params.toString());
        }
    }
}
