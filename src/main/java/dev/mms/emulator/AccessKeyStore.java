package dev.mms.emulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access keys a stand-in accepts: the emulator's permanent one, and the temporary keys (with their security token
 * and expiry) that its STS, ECS-metadata and credentials-URI stand-ins hand out, judged by the store's clock.
 */
public final class AccessKeyStore {

    /** One key: a null token and expiry for a permanent key. {@link #toString()} never shows the secret or token. */
    public record Key(String accessKeyId, String accessKeySecret, String securityToken, Instant expiration) {

        public boolean isTemporary() {
            return securityToken != null;
        }

        @Override
        public String toString() {
            return "Key[accessKeyId=" + accessKeyId + ", accessKeySecret=***" + (securityToken == null ? "" :
                    ", securityToken=***, expiration=" + expiration) + "]";
        }
    }

    private final Clock clock;
    private final Map<String, Key> keys = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public AccessKeyStore(Clock clock) {
        this.clock = clock;
    }

    /** A store that accepts one permanent key. */
    public static AccessKeyStore of(String accessKeyId, String accessKeySecret, Clock clock) {
        AccessKeyStore store = new AccessKeyStore(clock);
        store.addPermanent(accessKeyId, accessKeySecret);
        return store;
    }

    public Clock clock() {
        return clock;
    }

    public Key addPermanent(String accessKeyId, String accessKeySecret) {
        Key key = new Key(accessKeyId, accessKeySecret, null, null);
        keys.put(accessKeyId, key);
        return key;
    }

    /** A fresh temporary key ({@code STS.} id, random secret and token) valid for {@code lifetime} from now. */
    public Key issueTemporary(Duration lifetime) {
        Key key = new Key("STS." + hex(12), hex(20), "CAIS" + hex(32), clock.instant().plus(lifetime));
        keys.put(key.accessKeyId(), key);
        return key;
    }

    /** The key of that id, or null. */
    public Key find(String accessKeyId) {
        return accessKeyId == null ? null : keys.get(accessKeyId);
    }

    /** Every key, permanent and issued. */
    public java.util.Collection<Key> all() {
        return java.util.List.copyOf(keys.values());
    }

    public boolean hasExpired(Key key) {
        return key.expiration() != null && !clock.instant().isBefore(key.expiration());
    }

    private String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
