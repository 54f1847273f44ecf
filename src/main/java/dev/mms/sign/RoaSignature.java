package dev.mms.sign;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The legacy ROA HMAC-SHA1 signature that the aliyun CLI sends for MaxCompute (alibaba-cloud-sdk-go
 * {@code buildRoaStringToSign}, mms-api.md §6.3): {@code Authorization: acs <AK>:<base64 HMAC-SHA1>}.
 */
public final class RoaSignature {

    private RoaSignature() {
    }

    /**
     * METHOD, then Accept, Content-MD5, Content-Type and Date each with a newline when non-empty, then the sorted
     * {@code x-acs-*} headers as {@code name:value}, then the path and, when there is a query, {@code ?} and the sorted
     * pairs, not URL-encoded, a key with an empty value written bare.
     *
     * @param headers lower-case header names to values
     * @param trailingQuestionMark append {@code ?} even without a query, as one version of the Go SDK does
     */
    public static String stringToSign(String method, String path, Map<String, String> query,
                                      Map<String, String> headers, boolean trailingQuestionMark) {
        StringBuilder s = new StringBuilder(method).append('\n');
        for (String name : new String[] {"accept", "content-md5", "content-type", "date"}) {
            String v = headers.get(name);
            if (v != null && !v.isEmpty()) {
                s.append(v).append('\n');
            }
        }
        new TreeMap<>(headers).forEach((name, value) -> {
            if (name.startsWith("x-acs-")) {
                s.append(name).append(':').append(value).append('\n');
            }
        });
        s.append(path);
        if (query != null && !query.isEmpty()) {
            StringJoiner pairs = new StringJoiner("&");
            new TreeMap<>(query).forEach((k, v) -> pairs.add(v == null || v.isEmpty() ? k : k + "=" + v));
            s.append('?').append(pairs);
        } else if (trailingQuestionMark) {
            s.append('?');
        }
        return s.toString();
    }

    /** base64(HMAC-SHA1(secret, stringToSign)). */
    public static String sign(String secret, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("cannot compute HMAC-SHA1", e);
        }
    }

    /** The {@code Authorization} header value. */
    public static String authorization(String accessKeyId, String secret, String stringToSign) {
        return "acs " + accessKeyId + ":" + sign(secret, stringToSign);
    }
}
