package dev.mms.auth;

/** No usable access key: the message says what was tried and what to do. The CLI maps it to the auth exit code. */
public class CredentialsException extends RuntimeException {

    public CredentialsException(String message) {
        super(message);
    }
}
