package dev.mms.emulator;

import dev.mms.sign.Acs3Signer;
import dev.mms.sign.RoaSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Checks a request's signature against the emulator's one access key, the way the POP gateway does: the SDK's
 * ACS3-HMAC-SHA256 (mms-api.md §6.1) and the aliyun CLI's legacy ROA HMAC-SHA1 (§6.3). Errors (all in the gateway
 * envelope): 400 {@code MissingAuthorization}, 400 {@code IncompleteSignature} (malformed header, a required header
 * not signed, no Date for HMAC-SHA1), 404 {@code InvalidAccessKeyId.NotFound}, 400 {@code InvalidTimeStamp.Format}/{@code .Expired}
 * (more than 15 minutes off the emulator's clock), 400 {@code SignatureDoesNotMatch} (its message shows the server's
 * canonical request and string to sign, never the secret), 400 {@code SignatureNonceUsed}.
 */
final class RequestAuthenticator {

    static final Duration MAX_SKEW = Duration.ofMinutes(15);

    private final AccessKeyStore keys;
    private final Clock clock;
    private final NonceCache nonces = new NonceCache(2 * MAX_SKEW.toMillis());

    RequestAuthenticator(String accessKeyId, String secret, Clock clock) {
        this(AccessKeyStore.of(accessKeyId, secret, clock), clock);
    }

    /** {@code clock} judges request dates; the store's own clock judges the expiry of temporary keys. */
    RequestAuthenticator(AccessKeyStore keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    void verify(IncomingRequest request) {
        String authorization = request.header("authorization");
        if (authorization == null || authorization.isBlank()) {
            throw ApiError.gateway(400, "MissingAuthorization",
                    "The request has no Authorization header; sign it with ACS3-HMAC-SHA256 or the ROA HMAC-SHA1 scheme.");
        }
        if (authorization.startsWith(Acs3Signer.ALGORITHM + " ")) {
            verifyAcs3(request, authorization.substring(Acs3Signer.ALGORITHM.length() + 1));
        } else if (authorization.startsWith("acs ")) {
            verifyRoa(request, authorization.substring(4).trim());
        } else {
            throw ApiError.gateway(400, "IncompleteSignature", "Unsupported Authorization scheme; expected "
                    + Acs3Signer.ALGORITHM + " or acs <AccessKeyId>:<Signature>.");
        }
    }

    private void verifyAcs3(IncomingRequest request, String params) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : params.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                fields.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        String credential = fields.get("Credential");
        String signedHeaders = fields.get("SignedHeaders");
        String signature = fields.get("Signature");
        if (isBlank(credential) || isBlank(signedHeaders) || isBlank(signature)) {
            throw ApiError.gateway(400, "IncompleteSignature",
                    "The Authorization header must have Credential=, SignedHeaders= and Signature=.");
        }
        AccessKeyStore.Key key = checkAccessKey(credential);
        SortedMap<String, String> signed = new TreeMap<>();
        for (String name : signedHeaders.split(";")) {
            String lower = name.trim().toLowerCase(Locale.ROOT);
            String value = request.header(lower);
            if (value == null) {
                throw ApiError.gateway(400, "IncompleteSignature",
                        "The signed header " + lower + " is not in the request.");
            }
            signed.put(lower, value.trim());
        }
        for (String required : new String[] {"host", "x-acs-date", "x-acs-content-sha256"}) {
            if (!signed.containsKey(required)) {
                throw ApiError.gateway(400, "IncompleteSignature",
                        "SignedHeaders must include host, x-acs-date and x-acs-content-sha256; " + required
                                + " is missing.");
            }
        }
        checkSkew(parseIsoDate(signed.get("x-acs-date")), "x-acs-date");
        String payloadHash = Acs3Signer.sha256Hex(request.body());
        if (!payloadHash.equalsIgnoreCase(signed.get("x-acs-content-sha256"))) {
            throw ApiError.gateway(400, "SignatureDoesNotMatch", "x-acs-content-sha256 is "
                    + signed.get("x-acs-content-sha256") + " but the SHA-256 of the received body is " + payloadHash
                    + ".");
        }
        String canonical = Acs3Signer.canonicalRequest(request.method(), request.rawPath(), request.query(), signed,
                payloadHash);
        String expected = Acs3Signer.signature(key.accessKeySecret(), request.method(), request.rawPath(), request.query(), signed,
                payloadHash);
        if (!constantTimeEquals(expected, signature.toLowerCase(Locale.ROOT))) {
            String stringToSign = Acs3Signer.ALGORITHM + "\n"
                    + Acs3Signer.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
            throw ApiError.gateway(400, "SignatureDoesNotMatch",
                    "The request signature does not conform to Aliyun standards. Server CanonicalRequest: "
                            + escape(canonical) + " Server StringToSign: " + escape(stringToSign));
        }
        checkSecurityToken(request, key);
        checkNonce(request);
    }

    private void verifyRoa(IncomingRequest request, String credentialAndSignature) {
        int colon = credentialAndSignature.lastIndexOf(':');
        if (colon <= 0 || colon == credentialAndSignature.length() - 1) {
            throw ApiError.gateway(400, "IncompleteSignature",
                    "The Authorization header must be acs <AccessKeyId>:<Signature>.");
        }
        AccessKeyStore.Key key = checkAccessKey(credentialAndSignature.substring(0, colon));
        String signature = credentialAndSignature.substring(colon + 1);
        String date = request.header("date");
        if (isBlank(date)) {
            throw ApiError.gateway(400, "IncompleteSignature", "The Date header is required by the HMAC-SHA1 signature.");
        }
        checkSkew(parseHttpDate(date), "Date");
        // Content-MD5 is optional (the SDK core's v2 signature sends a body without it); when sent, it must match.
        String contentMd5 = request.header("content-md5");
        if (contentMd5 != null) {
            String md5 = md5Base64(request.body());
            if (!md5.equals(contentMd5.trim())) {
                throw ApiError.gateway(400, "SignatureDoesNotMatch", "Content-MD5 is " + contentMd5
                        + " but the MD5 of the received body is " + md5 + ".");
            }
        }
        Map<String, String> headers = new TreeMap<>();
        request.headers().forEach((name, values) -> headers.put(name, request.header(name)));
        boolean matched = false;
        for (RoaSignature.Layout layout : RoaSignature.ALL) {
            String stringToSign = RoaSignature.stringToSign(request.method(), request.rawPath(), request.query(),
                    headers, layout);
            matched |= constantTimeEquals(RoaSignature.sign(key.accessKeySecret(), stringToSign), signature);
        }
        if (!matched) {
            throw ApiError.gateway(400, "SignatureDoesNotMatch",
                    "Specified signature is not matched with our calculation. Server StringToSign: " + escape(
                            RoaSignature.stringToSign(request.method(), request.rawPath(), request.query(), headers,
                                    RoaSignature.GO_SDK)));
        }
        checkSecurityToken(request, key);
        checkNonce(request);
    }

    private AccessKeyStore.Key checkAccessKey(String presented) {
        AccessKeyStore.Key key = keys.find(presented);
        if (key == null) {
            throw ApiError.gateway(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found: "
                    + presented + ".");
        }
        return key;
    }

    /** A temporary key is valid only with its own token (signed, as an x-acs- header) and before its expiry. */
    private void checkSecurityToken(IncomingRequest request, AccessKeyStore.Key key) {
        String token = request.header("x-acs-security-token");
        if (!key.isTemporary()) {
            if (token != null) {
                throw ApiError.gateway(400, "InvalidSecurityToken.MismatchWithAccessKey",
                        "A security token was sent with a permanent access key.");
            }
            return;
        }
        if (isBlank(token)) {
            throw ApiError.gateway(400, "InvalidSecurityToken.Malformed", "The temporary access key "
                    + key.accessKeyId() + " needs its security token (x-acs-security-token).");
        }
        if (!constantTimeEquals(key.securityToken(), token.trim())) {
            throw ApiError.gateway(400, "InvalidSecurityToken.MismatchWithAccessKey",
                    "The security token does not belong to the access key " + key.accessKeyId() + ".");
        }
        if (keys.hasExpired(key)) {
            throw ApiError.gateway(400, "InvalidSecurityToken.Expired", "The security token of "
                    + key.accessKeyId() + " expired at " + key.expiration() + ".");
        }
    }

    private void checkSkew(Instant signedAt, String header) {
        Duration skew = Duration.between(signedAt, clock.instant()).abs();
        if (skew.compareTo(MAX_SKEW) > 0) {
            throw ApiError.gateway(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired: "
                    + header + " is " + signedAt + " but the server time is " + clock.instant()
                    + " (at most 15 minutes apart).");
        }
    }

    private void checkNonce(IncomingRequest request) {
        String nonce = request.header("x-acs-signature-nonce");
        if (nonce != null && !nonces.firstUse(nonce, clock.millis())) {
            throw ApiError.gateway(400, "SignatureNonceUsed",
                    "Specified signature nonce was used already: " + nonce + ".");
        }
    }

    private static Instant parseIsoDate(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeException e) {
            throw ApiError.gateway(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well"
                    + " formatted: x-acs-date is '" + value + "', expected yyyy-MM-ddTHH:mm:ssZ in UTC.");
        }
    }

    private static Instant parseHttpDate(String value) {
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            throw ApiError.gateway(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well"
                    + " formatted: Date is '" + value + "', expected an RFC 1123 date such as "
                    + "Wed, 01 Jan 2025 00:00:00 GMT.");
        }
    }

    private static String md5Base64(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** Newlines shown as {@code \n}, so the canonical text fits in one message line. */
    private static String escape(String s) {
        return s.replace("\n", "\\n");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
