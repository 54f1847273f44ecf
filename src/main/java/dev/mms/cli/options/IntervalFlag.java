package dev.mms.cli.options;

import dev.mms.cli.DurationConverter;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --interval}: how often a watch polls; shared by every command that follows something. */
public final class IntervalFlag {

    @Option(names = "--interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Poll every DURATION, slowing down while nothing changes (default: 2s).")
    public Duration value;
}
