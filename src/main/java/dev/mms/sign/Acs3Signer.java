package dev.mms.sign;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The ACS3-HMAC-SHA256 request signature, exactly as the official SDK computes it (mms-api.md §6.1). Used by the
 * client to sign and by the emulator to verify, so both sides share one canonicalization.
 */
public final class Acs3Signer {

    public static final String ALGORITHM = "ACS3-HMAC-SHA256";
    public static final String EMPTY_PAYLOAD_HASH = sha256Hex(new byte[0]);

    private Acs3Signer() {
    }

    /** The value of the {@code Authorization} header. {@code headers} may hold any headers; only signable ones count. */
    public static String authorization(String accessKeyId, String secret, String method, String path,
                                       Map<String, String> query, Map<String, String> headers, String payloadHash) {
        SortedMap<String, String> signed = signableHeaders(headers);
        String signedNames = String.join(";", signed.keySet());
        String signature = signature(secret, method, path, query, signed, payloadHash);
        return ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders=" + signedNames + ",Signature=" + signature;
    }

    /** hex(HMAC-SHA256(secret, StringToSign)) over exactly the given (lower-case named) signed headers. */
    public static String signature(String secret, String method, String path, Map<String, String> query,
                                   SortedMap<String, String> signedHeaders, String payloadHash) {
        String canonical = canonicalRequest(method, path, query, signedHeaders, payloadHash);
        String stringToSign = ALGORITHM + "\n" + sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hmac("SHA-256", secret, stringToSign));
    }

    public static String canonicalRequest(String method, String path, Map<String, String> query,
                                          SortedMap<String, String> signedHeaders, String payloadHash) {
        StringBuilder headerBlock = new StringBuilder();
        signedHeaders.forEach((name, value) -> headerBlock.append(name).append(':').append(value).append('\n'));
        return method + "\n"
                + (path == null || path.isEmpty() ? "/" : path) + "\n"
                + canonicalQuery(query) + "\n"
                + headerBlock + "\n"
                + String.join(";", signedHeaders.keySet()) + "\n"
                + payloadHash;
    }

    /**
     * Each pair {@code enc(k)=enc(v)}, an empty or null value as {@code k=}, sorted by the raw (unencoded) key as the
     * official Java signer sorts them; sorting the encoded keys differs for keys such as {@code a-} and {@code a/}.
     */
    public static String canonicalQuery(Map<String, String> query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        SortedMap<String, String> sorted = new TreeMap<>(query);
        StringJoiner joined = new StringJoiner("&");
        sorted.forEach((k, v) -> joined.add(percentEncode(k) + "=" + (v == null ? "" : percentEncode(v))));
        return joined.toString();
    }

    /** The headers that ACS3 signs: {@code x-acs-*}, {@code host}, {@code content-type}; names lower-cased, values trimmed. */
    public static SortedMap<String, String> signableHeaders(Map<String, String> headers) {
        SortedMap<String, String> signed = new TreeMap<>();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-acs-") || lower.equals("host") || lower.equals("content-type")) {
                signed.put(lower, value == null ? "" : value.trim());
            }
        });
        return signed;
    }

    /** RFC 3986 percent-encoding, as the SDK does it: unreserved characters kept, space as %20. */
    public static String percentEncode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    public static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(Hmac.digest("SHA-256").digest(data));
    }

    /** HMAC of the UTF-8 {@code data} under the UTF-8 {@code secret}, over {@code digest} ("SHA-1" or "SHA-256"). */
    static byte[] hmac(String digest, String secret, String data) {
        return Hmac.of(digest, secret.getBytes(StandardCharsets.UTF_8), data.getBytes(StandardCharsets.UTF_8));
    }
}
