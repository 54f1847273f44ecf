package dev.mms.cli.options;

import dev.mms.cli.completion.Candidates;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code -f/--filename}: where job specs come from, for every command that reads them. */
public final class SpecFileFlags {

    @Option(names = {"-f", "--filename"}, paramLabel = "FILE|DIR|-", completionCandidates = Candidates.SpecFiles.class,
            description = "Spec file, directory of *.yaml|*.yml|*.json, or - for stdin; repeatable.")
    public List<String> files = new ArrayList<>();
}
