package dev.mms.cli.job;

import dev.mms.api.Sort;
import dev.mms.api.Task;
import dev.mms.api.TaskQuery;
import dev.mms.api.TaskStatus;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.cli.UsageException;
import dev.mms.cli.help.Example;
import dev.mms.cli.options.IdArguments;
import dev.mms.cli.options.OutputFlags;
import dev.mms.cli.options.PagedListing;
import dev.mms.cli.options.PagingFlags;
import dev.mms.cli.options.SortConverter;
import dev.mms.cli.options.WatchFlags;
import dev.mms.jobs.TaskSearch;
import dev.mms.jobs.TaskWatch;
import dev.mms.render.ItemWriter;
import dev.mms.render.OutputFormat;
import dev.mms.render.RenderOptions;
import dev.mms.render.Views;
import dev.mms.watch.WatchOutcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mms job tasks}: ListMmsTasks of one job with every filter of the API. One status pages as job list does;
 * several (or {@code --failed}, every {@code *_FAILED} status) are one query each, every page (see {@link TaskSearch}).
 */
@Command(name = "tasks", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the tasks of a job (one per table or partition), with their status and times.")
@Example(does = "The failed tasks of job 105",
        run = "mms job tasks 105 --failed")
@Example(does = "The tasks of one table, the latest started first",
        run = "mms job tasks 105 --table orders --sort startTime:desc")
@Example(does = "Follow the tasks until the job ends, one line per change",
        run = "mms job tasks 105 --watch")
public final class JobTasksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "JOB_ID", description = "The job: 105 or job/105.")
    String job;

    @Option(names = "--status", split = ",", paramLabel = "STATUS", completionCandidates = Statuses.class,
            description = "Tasks with one of these statuses: ${COMPLETION-CANDIDATES}.")
    List<String> status = new ArrayList<>();

    @Option(names = "--failed", description = "The failed tasks: every *_FAILED status.")
    boolean failed;

    @Option(names = "--table", paramLabel = "TABLE", description = "Tasks of this source table.")
    String table;

    @Option(names = "--partition", paramLabel = "VALUE", description = "The task of this partition, e.g. ds=2024-06-01/hh=00.")
    String partition;

    @Option(names = "--db", paramLabel = "DB", description = "Tasks of this source database.")
    String db;

    @Option(names = "--dst-db", paramLabel = "PROJECT", description = "Tasks into this destination project.")
    String dstDb;

    @Option(names = "--dst-table", paramLabel = "TABLE", description = "Tasks into this destination table.")
    String dstTable;

    @Option(names = "--sort", paramLabel = "FIELD[:asc|desc]", converter = SortConverter.class,
            description = "Order by status or startTime, e.g. startTime:desc.")
    Sort sort;

    @Mixin
    PagingFlags paging;

    @Mixin
    OutputFlags output;

    @Mixin
    WatchFlags watch;

    @Override
    public Integer call() {
        MmsCommand root = MmsCommand.of(spec);
        List<Long> ids = IdArguments.parse(List.of(job), root.environment().stdin()).jobIds();
        if (ids.size() != 1) {
            throw new UsageException("job tasks takes one job id, e.g. 105 or job/105");
        }
        long jobId = ids.get(0);
        Sort by = SortConverter.require(sort, "status", "startTime");
        TaskQuery query = new TaskQuery(jobId, null, db, table, dstDb, dstTable, partition, null, null, null,
                by != null && by.field().equals("status") ? by.order() : null,
                by != null && by.field().equals("startTime") ? by.order() : null);
        Session session = root.session(spec);
        long sourceId = session.sourceId(null);
        TaskSearch search = new TaskSearch(session.client(), sourceId, query, statuses());
        if (watch.watch) {
            RenderOptions options = output.renderOptions(output.format(EnumSet.allOf(OutputFormat.class)),
                    root.environment(), root.noColor());
            TaskWatch taskWatch = new TaskWatch(session.client(), sourceId, jobId, search, options,
                    spec.commandLine().getOut());
            WatchOutcome outcome = taskWatch.run(watch.interval.policy(), root.deadline(), root.environment().sleeper(),
                    spec.commandLine().getErr());
            return RunPresenter.exitCode(outcome);
        }
        String where = " for job " + jobId;
        if (search.isSingleQuery()) {
            return PagedListing.print(spec, Views.tasks(), output, paging, search.pages(), Task::id, "task", "tasks",
                    where);
        }
        OutputFormat format = output.format(EnumSet.allOf(OutputFormat.class));
        RenderOptions options = output.renderOptions(format, root.environment(), root.noColor());
        ItemWriter<Task> writer = OutputFlags.open(Views.tasks(), options, spec.commandLine().getOut());
        int delivered = search.each(paging.pageSize(), paging.limit(), writer::write);
        writer.close();
        if (delivered == 0 && format.isForPeople() && !root.quiet()) {
            spec.commandLine().getErr().println("No " + (failed ? "failed " : "") + "tasks found" + where + ".");
        }
        return ExitCodes.OK;
    }

    /** --status values (checked against the API's task statuses) and, with --failed, every *_FAILED one. */
    private List<String> statuses() {
        Set<String> all = new LinkedHashSet<>();
        for (String s : status) {
            try {
                all.add(TaskStatus.parse(s).name());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--status: " + e.getMessage());
            }
        }
        if (failed) {
            TaskStatus.failed().forEach(s -> all.add(s.name()));
        }
        return List.copyOf(all);
    }

    /** The task statuses of mms-api.md §2, for help and completion. */
    static final class Statuses implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(TaskStatus.values()).map(Enum::name).iterator();
        }
    }
}
