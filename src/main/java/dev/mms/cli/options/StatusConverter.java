package dev.mms.cli.options;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** Reads a migration status ({@code --status done}) as the API spells it: trimmed, in upper case. */
public final class StatusConverter implements ITypeConverter<String> {

    @Override
    public String convert(String value) {
        return value.trim().toUpperCase(Locale.ROOT);
    }
}
