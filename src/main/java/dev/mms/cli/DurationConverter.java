package dev.mms.cli;

import dev.mms.config.Durations;
import java.time.Duration;
import picocli.CommandLine;

/** Reads a duration flag as {@link Durations} reads it ({@code 500ms}, {@code 30s}, {@code 1h30m}; a bare number is seconds). */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
