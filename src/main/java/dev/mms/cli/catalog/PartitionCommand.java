package dev.mms.cli.catalog;

import dev.mms.cli.Subcommands;
import dev.mms.cli.help.Example;
import picocli.CommandLine.Command;

/** {@code mms partition}: the group of source partition commands; holds no logic. */
@Subcommands({PartitionListCommand.class})
@Command(name = "partition", mixinStandardHelpOptions = true,
        description = "Partitions of a source table (their ids are what a Partitions job lists).")
@Example(does = "The partitions of a table with their ids",
        run = "mms partition list --db sales --table orders")
@Example(does = "The ids of one day, for a Partitions spec",
        run = "mms partition list --db sales --table orders --value ds=2024-06-03 -o json")
public final class PartitionCommand {
}
