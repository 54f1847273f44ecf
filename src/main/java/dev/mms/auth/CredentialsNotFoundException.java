package dev.mms.auth;

/** This source simply has no key (variable unset, file absent): the chain moves on to the next source. */
public class CredentialsNotFoundException extends CredentialsException {

    public CredentialsNotFoundException(String message) {
        super(message);
    }
}
