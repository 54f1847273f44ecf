package dev.mms.sign;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The legacy ROA HMAC-SHA1 signature ({@code Authorization: acs <AK>:<base64 HMAC-SHA1>}, docs/credentials.md
 * "Legacy ROA signature"). The official clients agree on the algorithm but not on three details of the text they
 * sign, so each is a {@link Layout}: the Go SDK under the aliyun CLI leaves out an absent Accept/Content-MD5/
 * Content-Type/Date line and writes a key with an empty value bare ({@code name}); the SDK core's
 * {@code signatureAlgorithm: 'v2'} (openapiutil) keeps the empty lines and writes the key bare; the Node
 * {@code @alicloud/pop-core} ROAClient keeps the empty lines and writes {@code name=}.
 */
public final class RoaSignature {

    /** How one client lays out the string to sign. */
    public record Layout(String client, boolean keepsEmptyHeaderLines, boolean writesEmptyValueWithEquals,
                         boolean appendsQuestionMarkWithoutQuery) {
    }

    public static final Layout GO_SDK = new Layout("alibaba-cloud-sdk-go (aliyun CLI)", false, false, false);
    /** One version of the Go SDK's roa_request.go appends {@code ?} even without a query. */
    public static final Layout GO_SDK_TRAILING_MARK = new Layout("alibaba-cloud-sdk-go, trailing ?", false, false, true);
    public static final Layout SDK_CORE_V2 = new Layout("openapiutil (signatureAlgorithm v2)", true, false, false);
    public static final Layout POP_CORE = new Layout("@alicloud/pop-core ROAClient", true, true, false);
    /** Every layout a server should accept. */
    public static final List<Layout> ALL = List.of(GO_SDK, GO_SDK_TRAILING_MARK, SDK_CORE_V2, POP_CORE);

    private RoaSignature() {
    }

    /**
     * METHOD, then Accept, Content-MD5, Content-Type and Date (an absent one as an empty line or left out, as the
     * layout says), then the sorted {@code x-acs-*} headers as {@code name:value}, then the path and, when there is a
     * query, {@code ?} and the sorted pairs, not URL-encoded.
     *
     * @param headers lower-case header names to values
     */
    public static String stringToSign(String method, String path, Map<String, String> query,
                                      Map<String, String> headers, Layout layout) {
        StringBuilder s = new StringBuilder(method).append('\n');
        for (String name : new String[] {"accept", "content-md5", "content-type", "date"}) {
            String v = headers.get(name);
            if (v != null && !v.isEmpty()) {
                s.append(v).append('\n');
            } else if (layout.keepsEmptyHeaderLines()) {
                s.append('\n');
            }
        }
        new TreeMap<>(headers).forEach((name, value) -> {
            if (name.startsWith("x-acs-")) {
                s.append(name).append(':').append(value == null ? "" : value.trim()).append('\n');
            }
        });
        s.append(path);
        if (query != null && !query.isEmpty()) {
            StringJoiner pairs = new StringJoiner("&");
            new TreeMap<>(query).forEach((k, v) -> pairs.add(v == null || v.isEmpty()
                    ? (layout.writesEmptyValueWithEquals() && v != null ? k + "=" : k) : k + "=" + v));
            s.append('?').append(pairs);
        } else if (layout.appendsQuestionMarkWithoutQuery()) {
            s.append('?');
        }
        return s.toString();
    }

    /** The Go SDK's layout, as the aliyun CLI signs. */
    public static String stringToSign(String method, String path, Map<String, String> query,
                                      Map<String, String> headers, boolean trailingQuestionMark) {
        return stringToSign(method, path, query, headers, trailingQuestionMark ? GO_SDK_TRAILING_MARK : GO_SDK);
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
