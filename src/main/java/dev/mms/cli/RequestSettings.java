package dev.mms.cli;

import dev.mms.api.ClientSettings;
import dev.mms.api.RetryPolicy;
import java.time.Duration;

/**
 * The per-request timeout and the attempts per request, from the flag, else the environment
 * ({@code MMS_REQUEST_TIMEOUT}, {@code MMS_ATTEMPTS}), else the defaults. Whatever they say, the invocation's one
 * --timeout deadline bounds every request and wait.
 */
record RequestSettings(Duration requestTimeout, int attempts) {

    static final String TIMEOUT_VARIABLE = "MMS_REQUEST_TIMEOUT";
    static final String ATTEMPTS_VARIABLE = "MMS_ATTEMPTS";
    private static final int MAX_ATTEMPTS = 20;

    static RequestSettings resolve(MmsCommand root, CliEnvironment environment) {
        Duration timeout = root.requestTimeout();
        String origin = "--request-timeout";
        if (timeout == null && isSet(environment.getenv(TIMEOUT_VARIABLE))) {
            origin = TIMEOUT_VARIABLE;
            try {
                timeout = new DurationConverter().convert(environment.getenv(TIMEOUT_VARIABLE));
            } catch (RuntimeException e) {
                throw new UsageException(TIMEOUT_VARIABLE + ": " + e.getMessage());
            }
        }
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            throw new UsageException(origin + " must be more than 0");
        }
        Integer attempts = root.attempts();
        origin = "--attempts";
        if (attempts == null && isSet(environment.getenv(ATTEMPTS_VARIABLE))) {
            origin = ATTEMPTS_VARIABLE;
            try {
                attempts = Integer.parseInt(environment.getenv(ATTEMPTS_VARIABLE).trim());
            } catch (NumberFormatException e) {
                throw new UsageException(ATTEMPTS_VARIABLE + " must be a whole number, not '"
                        + environment.getenv(ATTEMPTS_VARIABLE) + "'");
            }
        }
        if (attempts != null && (attempts < 1 || attempts > MAX_ATTEMPTS)) {
            throw new UsageException(origin + " must be between 1 and " + MAX_ATTEMPTS + ", not " + attempts);
        }
        return new RequestSettings(timeout == null ? ClientSettings.DEFAULT_REQUEST_TIMEOUT : timeout,
                attempts == null ? RetryPolicy.DEFAULT_ATTEMPTS : attempts);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
