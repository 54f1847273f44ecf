package dev.mms.cli;

/** Invalid input found by a command after parsing (a bad combination of flags, an unreadable file): exit 2. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
