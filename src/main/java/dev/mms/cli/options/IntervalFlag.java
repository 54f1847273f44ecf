package dev.mms.cli.options;

import dev.mms.cli.DurationConverter;
import dev.mms.watch.PollPolicy;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --interval}: how often a watch polls; shared by every command that follows something. Must be positive. */
public final class IntervalFlag {

    public static final class PositiveDuration implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration d = new DurationConverter().convert(value);
            if (d.isZero() || d.isNegative()) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a positive duration; poll every 2s, 500ms or more");
            }
            return d;
        }
    }

    @Option(names = "--interval", paramLabel = "DURATION", converter = PositiveDuration.class,
            description = "Poll every DURATION, slowing down while nothing changes (default: 2s).")
    public Duration value;

    /** The one polling policy with this interval (or the default). */
    public PollPolicy policy() {
        return PollPolicy.of(value);
    }
}
