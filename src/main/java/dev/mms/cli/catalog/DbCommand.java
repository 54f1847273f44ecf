package dev.mms.cli.catalog;

import picocli.CommandLine.Command;

/** {@code mms db}: the group of source database commands; holds no logic. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Databases of a data source (Hive databases, BigQuery datasets, MaxCompute schemas).",
        subcommands = {DbListCommand.class})
public final class DbCommand {
}
