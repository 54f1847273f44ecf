package dev.mms.cli.source;

import picocli.CommandLine.Command;

/** {@code mms source}: the group of data source commands; holds no logic. */
@Command(name = "source", mixinStandardHelpOptions = true, description = "List data sources (every job needs a source id).",
        subcommands = {SourceListCommand.class})
public final class SourceCommand {
}
