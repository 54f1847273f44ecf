package dev.mms.cli.catalog;

import dev.mms.api.MmsClient;
import dev.mms.api.PageWalker;
import dev.mms.api.Sort;
import dev.mms.api.Table;
import dev.mms.api.TableQuery;
import dev.mms.cli.Session;
import dev.mms.cli.options.OutputFlags;
import dev.mms.cli.options.PagedListing;
import dev.mms.cli.options.PagingFlags;
import dev.mms.cli.options.SortConverter;
import dev.mms.cli.options.StatusConverter;
import java.util.List;
import java.util.concurrent.Callable;
import dev.mms.render.Views;
import dev.mms.cli.help.Example;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mms table list}: ListMmsTables, the tables of a data source (or of one database) and their status. */
@Command(name = "list", aliases = "ls", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the tables of a data source, with their partition columns and migration status.")
@Example(does = "The tables of one database, with their partition columns",
        run = "mms table list --db sales")
@Example(does = "Only partitioned tables, as CSV",
        run = "mms table list --db sales --partitioned -o csv")
@Example(does = "The tables whose migration failed",
        run = "mms table list --status FAILED")
public final class TableListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--db"}, paramLabel = "DB", description = "Tables of this source database only.")
    String db;

    @Option(names = "--name", paramLabel = "NAME", description = "Tables whose name contains NAME.")
    String name;

    @Option(names = "--status", split = ",", paramLabel = "STATUS", converter = StatusConverter.class,
            description = "Tables with one of these migration statuses: INIT, DOING, DONE, FAILED, PART_DONE.")
    List<String> status;

    @Option(names = "--partitioned", negatable = true,
            description = "Only partitioned tables (--no-partitioned: only unpartitioned ones).")
    Boolean partitioned;

    @Option(names = "--type", paramLabel = "TYPE", description = "Tables of this type, e.g. MANAGED_TABLE.")
    String type;

    @Option(names = "--sort", paramLabel = "FIELD[:asc|desc]", converter = SortConverter.class,
            description = "Order by lastDdlTime, numRows or size, e.g. size:desc.")
    Sort sort;

    @Mixin
    PagingFlags paging;

    @Mixin
    OutputFlags output;

    @Override
    public Integer call() {
        return PagedListing.printOfSource(spec, Views.tables(), output, paging, this::pages, Table::id, "table",
                "tables", db == null ? "" : " in database " + db);
    }

    private PageWalker.PageSource<Table> pages(Session session, long sourceId) {
        TableQuery query = new TableQuery(null, db, name, null, null, null, partitioned, null, null, null, type,
                status, null, null, SortConverter.require(sort, "lastDdlTime", "numRows", "size"));
        MmsClient client = session.client();
        return (num, size) -> client.listTables(sourceId, query.withPage(num, size));
    }
}
