package dev.mms.cli.catalog;

import dev.mms.api.MmsClient;
import dev.mms.api.PageWalker;
import dev.mms.api.Partition;
import dev.mms.api.PartitionQuery;
import dev.mms.api.Sort;
import dev.mms.cli.Session;
import dev.mms.cli.options.OutputFlags;
import dev.mms.cli.options.PagedListing;
import dev.mms.cli.options.PagingFlags;
import dev.mms.cli.options.SortConverter;
import dev.mms.cli.options.StatusConverter;
import dev.mms.render.Views;
import java.util.List;
import java.util.concurrent.Callable;
import dev.mms.cli.help.Example;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mms partition list}: ListMmsPartitions, the partitions of one source table with their ids, which is what a
 * Partitions job's {@code partitions} takes.
 */
@Command(name = "list", aliases = "ls", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the partitions of a source table with their ids (for a Partitions job spec).")
@Example(does = "The partitions of a table with their ids",
        run = "mms partition list --db sales --table orders")
@Example(does = "The ids of one day, for a Partitions spec",
        run = "mms partition list --db sales --table orders --value ds=2024-06-03 -o json")
@Example(does = "Partitions that failed to migrate",
        run = "mms partition list --db sales --table orders --status FAILED")
public final class PartitionListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--db"}, required = true, paramLabel = "DB", description = "The source database.")
    String db;

    @Option(names = {"-t", "--table"}, required = true, paramLabel = "TABLE", description = "The source table.")
    String table;

    @Option(names = "--value", paramLabel = "TEXT", description = "Partitions whose value contains TEXT, e.g. ds=2024-06.")
    String value;

    @Option(names = "--status", split = ",", paramLabel = "STATUS", converter = StatusConverter.class,
            description = "Partitions with one of these migration statuses: INIT, DOING, DONE, FAILED.")
    List<String> status;

    @Option(names = "--updated", negatable = true,
            description = "Only partitions whose data changed since they were migrated (--no-updated: unchanged).")
    Boolean updated;

    @Option(names = "--sort", paramLabel = "FIELD[:asc|desc]", converter = SortConverter.class,
            description = "Order by lastDdlTime, numRows or size, e.g. lastDdlTime:desc.")
    Sort sort;

    @Mixin
    PagingFlags paging;

    @Mixin
    OutputFlags output;

    @Override
    public Integer call() {
        return PagedListing.printOfSource(spec, Views.partitions(), output, paging, this::pages, Partition::id,
                "partition", "partitions", " of table " + db + "." + table);
    }

    private PageWalker.PageSource<Partition> pages(Session session, long sourceId) {
        PartitionQuery query = new PartitionQuery(null, db, null, table, value, updated, null, null, status, null,
                null, SortConverter.require(sort, "lastDdlTime", "numRows", "size"));
        MmsClient client = session.client();
        return (num, size) -> client.listPartitions(sourceId, query.withPage(num, size));
    }
}
