package dev.mms.emulator;

import java.util.HashMap;
import java.util.Map;

/** Signature nonces seen within the replay window; a nonce may be used once per window. */
final class NonceCache {

    private final long windowMillis;
    private final Map<String, Long> seen = new HashMap<>();

    NonceCache(long windowMillis) {
        this.windowMillis = windowMillis;
    }

    /** True the first time; false when the nonce was already used within the window. */
    synchronized boolean firstUse(String nonce, long now) {
        seen.values().removeIf(at -> now - at > windowMillis);
        return seen.putIfAbsent(nonce, now) == null;
    }
}
