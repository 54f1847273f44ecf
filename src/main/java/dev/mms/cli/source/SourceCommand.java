package dev.mms.cli.source;

import dev.mms.cli.help.Example;
import picocli.CommandLine.Command;

/** {@code mms source}: the group of data source commands; holds no logic. */
@Command(name = "source", mixinStandardHelpOptions = true, description = "List data sources (every job needs a source id).",
        subcommands = {SourceListCommand.class})
@Example(does = "The data sources and their ids",
        run = "mms source list")
@Example(does = "Only the Hive sources, as JSON",
        run = "mms source list --type HIVE -o json")
public final class SourceCommand {
}
