package dev.mms.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A temporary key from a source that hands out new ones (STS, the ECS metadata service, a credentials URI, an external
 * command): fetched on first use, kept while it is fresh, and fetched again before it expires, so that a watch of
 * several hours keeps signing with a valid key. {@link #get()} is called for every request and costs a comparison of
 * two instants while the key is fresh.
 *
 * <p>A key is refreshed when less than a fifth of its lifetime, at most {@link #MAX_MARGIN}, is left. If a refresh
 * fails while the old key is still valid, the old key is used and the refresh tried again after
 * {@link #RETRY_AFTER}; once the key has expired, the failure is the caller's error.
 */
public final class RefreshingCredentials implements CredentialsProvider {

    static final Duration MAX_MARGIN = Duration.ofMinutes(5);
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    /** A key without an expiry (an external command that did not say) is asked for again after this long. */
    static final Duration UNKNOWN_LIFETIME = Duration.ofMinutes(10);

    private final Supplier<Credentials> fetch;
    private final String description;
    private final Clock clock;
    private Credentials current;
    private Instant refreshAt;
    private Instant validUntil;

    public RefreshingCredentials(Supplier<Credentials> fetch, String description, Clock clock) {
        this.fetch = fetch;
        this.description = description;
        this.clock = clock;
    }

    @Override
    public synchronized Credentials get() {
        Instant now = clock.instant();
        if (current != null && now.isBefore(refreshAt)) {
            return current;
        }
        try {
            Credentials fresh = fetch.get();
            adopt(fresh, now);
            return fresh;
        } catch (CredentialsException e) {
            if (current != null && now.isBefore(validUntil)) {
                refreshAt = now.plus(RETRY_AFTER);
                return current;
            }
            throw e;
        }
    }

    private void adopt(Credentials fresh, Instant now) {
        current = fresh;
        if (fresh.expiration() == null) {
            validUntil = fresh.securityToken() == null ? Instant.MAX : now.plus(UNKNOWN_LIFETIME);
            refreshAt = validUntil;
            return;
        }
        validUntil = fresh.expiration();
        Duration lifetime = Duration.between(now, validUntil);
        Duration margin = lifetime.dividedBy(5);
        if (margin.compareTo(MAX_MARGIN) > 0) {
            margin = MAX_MARGIN;
        }
        refreshAt = lifetime.isNegative() ? now : validUntil.minus(margin);
    }

    @Override
    public String describe() {
        return description;
    }
}
