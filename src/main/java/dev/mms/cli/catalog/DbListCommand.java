package dev.mms.cli.catalog;

import dev.mms.api.Database;
import dev.mms.api.DbQuery;
import dev.mms.api.MmsClient;
import dev.mms.api.PageWalker;
import dev.mms.api.Sort;
import dev.mms.cli.Session;
import dev.mms.cli.options.OutputFlags;
import dev.mms.cli.options.PagedListing;
import dev.mms.cli.options.PagingFlags;
import dev.mms.cli.options.SortConverter;
import dev.mms.cli.options.StatusConverter;
import dev.mms.render.Views;
import java.util.concurrent.Callable;
import dev.mms.cli.help.Example;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mms db list}: ListMmsDbs, the databases of a data source with how far their migration has come. */
@Command(name = "list", aliases = "ls", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the databases of a data source and their migration status.")
@Example(does = "The databases of the default source",
        run = "mms db list")
@Example(does = "The biggest databases first, as JSON",
        run = "mms db list --sort size:desc -o json")
public final class DbListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--name", paramLabel = "NAME", description = "Databases whose name contains NAME.")
    String name;

    @Option(names = "--status", paramLabel = "STATUS", converter = StatusConverter.class,
            description = "Databases with this migration status: INIT, DOING, DONE, FAILED or PART_DONE.")
    String status;

    @Option(names = "--sort", paramLabel = "FIELD[:asc|desc]", converter = SortConverter.class,
            description = "Order by numRows, size or updateTime, e.g. size:desc.")
    Sort sort;

    @Mixin
    PagingFlags paging;

    @Mixin
    OutputFlags output;

    @Override
    public Integer call() {
        return PagedListing.printOfSource(spec, Views.databases(), output, paging, this::pages, Database::id,
                "database", "databases", "");
    }

    private PageWalker.PageSource<Database> pages(Session session, long sourceId) {
        DbQuery query = new DbQuery(name, status, null, null,
                SortConverter.require(sort, "numRows", "size", "updateTime"));
        MmsClient client = session.client();
        return (num, size) -> client.listDatabases(sourceId, query.withPage(num, size));
    }
}
