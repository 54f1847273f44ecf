package dev.mms.config;

import dev.mms.api.ClientSettings;
import dev.mms.api.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The per-request timeout and the tries per request, after precedence: {@code --request-timeout} /
 * {@code --attempts}, else {@code MMS_REQUEST_TIMEOUT} / {@code MMS_ATTEMPTS}, else the profile's
 * {@code requestTimeout} / {@code attempts}, else 30s and 4 (docs/configuration.md). Whatever they say, the
 * invocation's one --timeout deadline bounds every request and wait.
 */
public record RequestSettings(Duration requestTimeout, int attempts) {

    static final int MAX_ATTEMPTS = 20;
    static final String TIMEOUT_VARIABLE = "MMS_REQUEST_TIMEOUT";
    static final String ATTEMPTS_VARIABLE = "MMS_ATTEMPTS";

    /** The effective values; each is added to {@code settings} with where it came from. */
    static RequestSettings resolve(Overrides flags, Map<String, String> env, ProfileSettings profile,
                                   String profileOrigin, List<Setting> settings) {
        Chosen timeout = choose(flags.requestTimeout() == null ? null : Durations.format(flags.requestTimeout()),
                "--request-timeout", env.get(TIMEOUT_VARIABLE), TIMEOUT_VARIABLE, profile.requestTimeout(),
                profileOrigin, Durations.format(ClientSettings.DEFAULT_REQUEST_TIMEOUT));
        Chosen attempts = choose(flags.attempts() == null ? null : String.valueOf(flags.attempts()), "--attempts",
                env.get(ATTEMPTS_VARIABLE), ATTEMPTS_VARIABLE,
                profile.attempts() == null ? null : String.valueOf(profile.attempts()), profileOrigin,
                String.valueOf(RetryPolicy.DEFAULT_ATTEMPTS));
        RequestSettings resolved = new RequestSettings(timeout(timeout.text, timeout.name("requestTimeout")),
                attempts(attempts.text, attempts.name("attempts")));
        settings.add(new Setting("requestTimeout", Durations.format(resolved.requestTimeout()), timeout.origin));
        settings.add(new Setting("attempts", String.valueOf(resolved.attempts()), attempts.origin));
        return resolved;
    }

    /** A value as written and where it came from: the flag, else the variable, else the profile, else the default. */
    private record Chosen(String text, String origin, String flagOrVariable) {

        /** What an error about the value calls it: "--attempts", "MMS_ATTEMPTS", "attempts of mms profile 'ci'". */
        String name(String key) {
            return flagOrVariable != null ? flagOrVariable : key + " of " + origin;
        }
    }

    private static Chosen choose(String flag, String flagName, String variable, String variableName, String profile,
                                 String profileOrigin, String fallback) {
        if (flag != null) {
            return new Chosen(flag, "flag " + flagName, flagName);
        }
        if (variable != null && !variable.isBlank()) {
            return new Chosen(variable.trim(), "environment " + variableName, variableName);
        }
        return profile != null ? new Chosen(profile, profileOrigin, null) : new Chosen(fallback, "default", null);
    }

    /** A request timeout as written: a duration of more than 0; {@code key} names it in the error. */
    static Duration timeout(String text, String key) {
        Duration d;
        try {
            d = Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + ": " + e.getMessage());
        }
        if (d.isZero()) {
            throw new ConfigException(key + " must be more than 0");
        }
        return d;
    }

    /** Tries per request as written: a whole number from 1 to 20; {@code key} names it in the error. */
    static int attempts(String text, String key) {
        int n;
        try {
            n = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a whole number, not '" + text + "'");
        }
        if (n < 1 || n > MAX_ATTEMPTS) {
            throw new ConfigException(key + " must be between 1 and " + MAX_ATTEMPTS + ", not " + n);
        }
        return n;
    }
}
