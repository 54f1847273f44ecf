package dev.mms.api;

/**
 * A failed call: the server answered with an error (HTTP status, error code, message, requestId, mms-api.md §4),
 * or the request never got an answer ({@link Category#TRANSPORT}, status 0), or the invocation's deadline passed
 * ({@link DeadlineExceededException}).
 */
public class ApiException extends RuntimeException {

    /** What kind of failure this is; the CLI maps each to an exit code. */
    public enum Category { AUTH, NOT_FOUND, THROTTLED, CLIENT, SERVER, TRANSPORT, TIMED_OUT }

    /**
     * What went wrong when no usable answer came back: the CLI names it and says what to check. The first four are
     * permanent (sending again cannot help); {@link #CUT_OFF} and {@link #MALFORMED} are answers the server did send,
     * so they count as API errors, not as unavailability.
     */
    public enum Transport { UNKNOWN_HOST, NOT_TLS, NOT_PLAIN_HTTP, UNTRUSTED, REFUSED, CONNECT_TIMEOUT, NO_ANSWER, CLOSED, CUT_OFF,
        MALFORMED, OTHER }

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String code;
    private final String requestId;
    private final Long retryAfterSeconds;
    private Transport transport;

    public ApiException(int httpStatus, String code, String message, String requestId, Long retryAfterSeconds) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
        this.requestId = requestId;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException transport(String message, Throwable cause) {
        return transport(message, cause, Transport.OTHER);
    }

    public static ApiException transport(String message, Throwable cause, Transport kind) {
        ApiException e = new ApiException(0, null, message, null, null);
        e.initCause(cause);
        e.transport = kind;
        return e;
    }

    /** What kind of failure to get an answer this was; null when the server answered with an error. */
    public Transport transport() {
        return httpStatus == 0 && transport == null ? Transport.OTHER : transport;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return code;
    }

    public String requestId() {
        return requestId;
    }

    /** The server's {@code x-acs-retry-after}, when it gave one. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Category category() {
        String c = code == null ? "" : code;
        if (httpStatus == 0) {
            return transport == Transport.CUT_OFF || transport == Transport.MALFORMED ? Category.SERVER
                    : Category.TRANSPORT;
        }
        if (retryAfterSeconds != null || httpStatus == 429 || c.startsWith("Throttling")
                || httpStatus == 503 || c.equals("ServiceUnavailable")) {
            return Category.THROTTLED;
        }
        if (httpStatus == 401 || httpStatus == 403 || c.startsWith("InvalidAccessKeyId") || c.startsWith("Signature")
                || c.equals("IncompleteSignature") || c.startsWith("InvalidTimeStamp") || c.startsWith("Forbidden")
                || c.startsWith("InvalidSecurityToken") || c.equals("MissingAuthorization")) {
            return Category.AUTH;
        }
        if (httpStatus == 404) {
            return Category.NOT_FOUND;
        }
        return httpStatus >= 500 ? Category.SERVER : Category.CLIENT;
    }

    /**
     * True only when the request provably never reached the server (connection refused, unknown host, connection
     * timeout): then a POST had no effect. Any other failure of a POST may come after the server acted on it.
     */
    public boolean neverReachedServer() {
        return TransportFailures.neverSent(this);
    }

    /**
     * The server refused a nonce it had seen: the JDK client sends a GET again by itself, same headers and all, when
     * a kept-alive connection closes before the answer. Signed afresh, the request may pass.
     */
    public boolean isReplayedNonce() {
        return "SignatureNonceUsed".equals(code);
    }

    /** Whether the same request may succeed if sent again (throttling, 5xx, a dropped connection). */
    public boolean isRetryable() {
        Category c = category();
        return c == Category.THROTTLED || c == Category.SERVER || c == Category.TRANSPORT || isReplayedNonce();
    }
}
