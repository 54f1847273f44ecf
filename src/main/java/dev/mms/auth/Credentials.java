package dev.mms.auth;

/** An access key pair, with an STS token when the key is temporary. {@link #toString()} never shows the secret. */
public record Credentials(String accessKeyId, String accessKeySecret, String securityToken) {

    public Credentials {
        if (accessKeyId == null || accessKeyId.isBlank() || accessKeySecret == null || accessKeySecret.isBlank()) {
            throw new IllegalArgumentException("an access key id and secret are both required");
        }
    }

    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + accessKeyId + ", accessKeySecret=***"
                + (securityToken == null ? "" : ", securityToken=***") + "]";
    }
}
