package dev.mms.api;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one plain Jackson mapper of mms, made on first use. Making a mapper costs a start-up about 30 ms and 500 classes,
 * so no class holds one of its own in a static field: a command class that did would pay for it on every command that
 * merely builds it ({@code --version}, {@code --help}, completion). Plain means Jackson's defaults: code that reads
 * otherwise asks it for a reader or writer with its own features (the client ignores unknown fields that way); only
 * the emulator keeps mappers of its own.
 */
public final class Json {

    private Json() {
    }

    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
