package dev.mms.emulator;

/**
 * An error the emulator answers with. Gateway errors (routing, signature, throttling) use the POP envelope
 * {@code {"RequestId","HostId","Code","Message","Recommend"}}; business errors (unknown job, bad parameter) use
 * {@code {"requestId","code","message","httpCode","errorCode","errorMsg"}}. The SDK reads either (mms-api.md §4.1).
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;


    private final int status;
    private final String code;
    private final boolean gateway;
    private final Long retryAfterSeconds;

    private ApiError(int status, String code, String message, boolean gateway, Long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.code = code;
        this.gateway = gateway;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static ApiError gateway(int status, String code, String message) {
        return new ApiError(status, code, message, true, null);
    }

    static ApiError throttled(String message, long retryAfterSeconds) {
        return new ApiError(400, "Throttling.User", message, true, retryAfterSeconds);
    }

    static ApiError business(int status, String code, String message) {
        return new ApiError(status, code, message, false, null);
    }

    static ApiError notFound(String code, String message) {
        return business(404, code, message);
    }

    static ApiError invalidParameter(String message) {
        return business(400, "InvalidParameter", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    boolean isGateway() {
        return gateway;
    }

    Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
