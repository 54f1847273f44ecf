package dev.mms.cli.options;

import dev.mms.cli.UsageException;
import dev.mms.render.OutputFormat;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code -o json} of a command that follows something until it ends: one JSON object per change on stdout (NDJSON)
 * instead of progress on stderr. No other format has a meaning there, so no other is offered.
 */
public final class NdjsonFlag {

    @Option(names = {"-o", "--output"}, paramLabel = "json", completionCandidates = JsonOnly.class,
            description = "json: one JSON object per change on stdout (NDJSON), instead of progress on stderr.")
    OutputFormat output;

    /** Whether -o json was given; any other format is a usage error that says what the command can write. */
    public boolean json() {
        if (output != null && output != OutputFormat.JSON) {
            throw new UsageException("-o " + output + " does not apply here: this command shows progress on stderr, "
                    + "or with -o json writes one JSON object per change on stdout");
        }
        return output == OutputFormat.JSON;
    }

    static final class JsonOnly implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(OutputFormat.JSON.toString()).iterator();
        }
    }
}
