package dev.mms.cli.source;

import dev.mms.cli.Subcommands;
import dev.mms.cli.help.Example;
import picocli.CommandLine.Command;

/** {@code mms source}: the group of data source commands; holds no logic. */
@Subcommands({SourceListCommand.class, SourceGetCommand.class})
@Command(name = "source", mixinStandardHelpOptions = true,
        description = "List and show data sources (every job needs a source id).")
@Example(does = "The data sources and their ids",
        run = "mms source list")
@Example(does = "One source with its migration counts and config items",
        run = "mms source get 2000015")
public final class SourceCommand {
}
