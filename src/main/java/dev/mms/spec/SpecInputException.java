package dev.mms.spec;

/** A spec file or directory that cannot be read at all; the message is one line meant for the user. */
public class SpecInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public SpecInputException(String message) {
        super(message);
    }
}
