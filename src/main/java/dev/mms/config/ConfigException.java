package dev.mms.config;

/** The configuration cannot be used as it is (bad file, unsafe permissions, bad value); the message says how to fix it. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
