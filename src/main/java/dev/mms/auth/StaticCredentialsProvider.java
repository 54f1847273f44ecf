package dev.mms.auth;

import java.util.Objects;

/** A fixed key with a description of where it came from (an mms profile, the emulator's well-known key). */
public final class StaticCredentialsProvider implements CredentialsProvider {

    private final Credentials credentials;
    private final String description;

    public StaticCredentialsProvider(Credentials credentials, String description) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public Credentials get() {
        return credentials;
    }

    @Override
    public String describe() {
        return description;
    }
}
