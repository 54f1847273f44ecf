package dev.mms.auth;

import java.util.function.Supplier;

/**
 * A file-backed source (the aliyun CLI profile, the INI section) whose file is read and whose own source is built on
 * first use; after that each {@link #get()} asks that source, which refreshes temporary keys itself. "Not found" while
 * opening lets the chain go on; once a source is chosen, every failure of it, even its own "not found", is an error
 * that starts with the chosen source's description.
 */
final class OpenedOnFirstUse implements CredentialsProvider {

    private final Supplier<CredentialsProvider> open;
    private String description;
    private CredentialsProvider source;

    /** {@code description} names the source until it is opened; then the opened source's own description does. */
    OpenedOnFirstUse(String description, Supplier<CredentialsProvider> open) {
        this.description = description;
        this.open = open;
    }

    @Override
    public synchronized Credentials get() {
        if (source == null) {
            source = open.get();
            description = source.describe();
        }
        try {
            return source.get();
        } catch (CredentialsNotFoundException e) {
            throw new CredentialsException(description + ": " + e.getMessage());
        } catch (CredentialsException e) {
            throw e.getMessage().startsWith(description) ? e : new CredentialsException(description + ": "
                    + e.getMessage());
        }
    }

    @Override
    public synchronized String describe() {
        return description;
    }
}
