package dev.mms.cli.source;

import picocli.CommandLine.Command;

/** {@code mms source}: the group of data source commands; holds no logic. */
@Command(name = "source", mixinStandardHelpOptions = true, description = "List and show data sources (every job needs a source id).",
        subcommands = {SourceListCommand.class, SourceGetCommand.class})
public final class SourceCommand {
}
