package dev.mms.sign;

import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The RPC-style HMAC-SHA1 signature that STS expects for AssumeRole (docs/credentials.md, "STS"): every parameter,
 * {@code Signature} excluded, sorted by name and written {@code enc(k)=enc(v)} joined by {@code &}; the string to
 * sign is {@code METHOD&%2F&enc(that)}; the key is the secret followed by {@code &}.
 */
public final class RpcSignature {

    public static final String METHOD = "HMAC-SHA1";
    public static final String VERSION = "1.0";

    private RpcSignature() {
    }

    /** The sorted, RFC 3986-encoded parameters, without {@code Signature}. */
    public static String canonicalQuery(Map<String, String> parameters) {
        StringJoiner joined = new StringJoiner("&");
        new TreeMap<>(parameters).forEach((k, v) -> {
            if (!k.equals("Signature") && v != null) {
                joined.add(Acs3Signer.percentEncode(k) + "=" + Acs3Signer.percentEncode(v));
            }
        });
        return joined.toString();
    }

    public static String stringToSign(String method, Map<String, String> parameters) {
        return method + "&" + Acs3Signer.percentEncode("/") + "&" + Acs3Signer.percentEncode(canonicalQuery(parameters));
    }

    /** base64(HMAC-SHA1(secret + "&", stringToSign)). */
    public static String sign(String secret, String stringToSign) {
        return Base64.getEncoder().encodeToString(
                Acs3Signer.hmac("SHA-1", secret + "&", stringToSign));
    }

    public static String signature(String secret, String method, Map<String, String> parameters) {
        return sign(secret, stringToSign(method, parameters));
    }
}
