package dev.mms.api;

/**
 * A failed call: the server answered with an error (HTTP status, error code, message, requestId, mms-api.md §4),
 * or the request never got an answer ({@link Category#TRANSPORT}, status 0).
 */
public class ApiException extends RuntimeException {

    /** What kind of failure this is; the CLI maps each to an exit code. */
    public enum Category { AUTH, NOT_FOUND, THROTTLED, CLIENT, SERVER, TRANSPORT }

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String code;
    private final String requestId;
    private final Long retryAfterSeconds;

    public ApiException(int httpStatus, String code, String message, String requestId, Long retryAfterSeconds) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
        this.requestId = requestId;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException transport(String message, Throwable cause) {
        ApiException e = new ApiException(0, null, message, null, null);
        e.initCause(cause);
        return e;
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
            return Category.TRANSPORT;
        }
        if (retryAfterSeconds != null || httpStatus == 429 || c.startsWith("Throttling")
                || httpStatus == 503 || c.equals("ServiceUnavailable")) {
            return Category.THROTTLED;
        }
        if (httpStatus == 401 || httpStatus == 403 || c.startsWith("InvalidAccessKeyId") || c.startsWith("Signature")
                || c.equals("IncompleteSignature") || c.startsWith("InvalidTimeStamp") || c.startsWith("Forbidden")
                || c.equals("InvalidSecurityToken") || c.equals("MissingAuthorization")) {
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

    /** Whether the same request may succeed if sent again (throttling, 5xx, a dropped connection). */
    public boolean isRetryable() {
        Category c = category();
        return c == Category.THROTTLED || c == Category.SERVER || c == Category.TRANSPORT;
    }
}
