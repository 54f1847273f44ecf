package dev.mms.cli.catalog;

import picocli.CommandLine.Command;

/** {@code mms partition}: the group of source partition commands; holds no logic. */
@Command(name = "partition", mixinStandardHelpOptions = true,
        description = "Partitions of a source table (their ids are what a Partitions job lists).",
        subcommands = {PartitionListCommand.class})
public final class PartitionCommand {
}
