package dev.mms.cli.options;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code -w/--watch} and {@code --interval}: follow to the end, polling at this pace (the deadline is the global --timeout). */
public final class WatchFlags {

    @Option(names = {"-w", "--watch"}, description = "Follow until the job is DONE or FAILED; exit 0, 5 or 6 (timeout).")
    public boolean watch;

    @Mixin
    public IntervalFlag interval;
}
