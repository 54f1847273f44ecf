package dev.mms.cli.catalog;

import dev.mms.cli.Subcommands;
import dev.mms.cli.help.Example;
import picocli.CommandLine.Command;

/** {@code mms table}: the group of source table commands; holds no logic. */
@Subcommands({TableListCommand.class})
@Command(name = "table", mixinStandardHelpOptions = true, description = "Tables of a data source.")
@Example(does = "The tables of one database",
        run = "mms table list --db sales")
@Example(does = "The tables whose migration failed",
        run = "mms table list --status FAILED")
public final class TableCommand {
}
