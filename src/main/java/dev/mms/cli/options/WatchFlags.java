package dev.mms.cli.options;

import dev.mms.cli.DurationConverter;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code -w/--watch} and {@code --interval}: follow to the end, polling at this pace (the deadline is the global --timeout). */
public final class WatchFlags {

    @Option(names = {"-w", "--watch"}, description = "Follow until the job is DONE or FAILED; exit 0, 5 or 6 (timeout).")
    public boolean watch;

    @Option(names = "--interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Poll every DURATION, slowing down while nothing changes (default: 2s).")
    public Duration interval;
}
