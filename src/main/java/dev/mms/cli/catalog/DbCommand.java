package dev.mms.cli.catalog;

import dev.mms.cli.Subcommands;
import dev.mms.cli.help.Example;
import picocli.CommandLine.Command;

/** {@code mms db}: the group of source database commands; holds no logic. */
@Subcommands({DbListCommand.class})
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Databases of a data source (Hive databases, BigQuery datasets, MaxCompute schemas).")
@Example(does = "The databases of the default source",
        run = "mms db list")
@Example(does = "Databases whose migration is partly done",
        run = "mms db list --status PART_DONE")
public final class DbCommand {
}
