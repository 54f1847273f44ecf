package dev.mms.cli.catalog;

import picocli.CommandLine.Command;

/** {@code mms table}: the group of source table commands; holds no logic. */
@Command(name = "table", mixinStandardHelpOptions = true, description = "Tables of a data source.",
        subcommands = {TableListCommand.class})
public final class TableCommand {
}
