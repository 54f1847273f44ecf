package dev.mms.auth;

import java.time.Instant;

/**
 * An access key pair, with an STS token when the key is temporary, and its expiry when the source said when it ends
 * (null: does not expire, or unknown). {@link #toString()} never shows the secret or the token.
 */
public record Credentials(String accessKeyId, String accessKeySecret, String securityToken, Instant expiration) {

    public Credentials {
        if (accessKeyId == null || accessKeyId.isBlank() || accessKeySecret == null || accessKeySecret.isBlank()) {
            throw new IllegalArgumentException("an access key id and secret are both required");
        }
        securityToken = securityToken == null || securityToken.isBlank() ? null : securityToken;
    }

    /** A key that does not expire (or whose expiry nobody told us). */
    public Credentials(String accessKeyId, String accessKeySecret, String securityToken) {
        this(accessKeyId, accessKeySecret, securityToken, null);
    }

    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + accessKeyId + ", accessKeySecret=***"
                + (securityToken == null ? "" : ", securityToken=***")
                + (expiration == null ? "" : ", expiration=" + expiration) + "]";
    }
}
