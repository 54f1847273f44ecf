package dev.mms.cli.job;

import dev.mms.cli.help.Example;
import dev.mms.api.Job;
import dev.mms.api.JobPager;
import dev.mms.api.JobQuery;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.cli.UsageException;
import dev.mms.cli.options.OutputFlags;
import dev.mms.cli.options.WatchFlags;
import dev.mms.render.ItemWriter;
import dev.mms.render.OutputFormat;
import dev.mms.render.PagingFooter;
import dev.mms.render.RenderOptions;
import dev.mms.render.Views;
import dev.mms.watch.JobListWatch;
import dev.mms.watch.Poller;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mms job list}: ListMmsJobs with filters and paging, as a table for people or json/yaml/csv/tsv for scripts. */
@Command(name = "list", aliases = "ls", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List migration jobs of a data source.")
@Example(does = "Failed jobs of one source database",
        run = "mms job list --status FAILED --src-db sales")
@Example(does = "Every job as JSON, for scripts",
        run = "mms job list --all -o json | jq '.[] | .name'")
@Example(does = "Chosen columns, redrawn as they change",
        run = "mms job list -o wide --columns id,name,status --watch")
public final class JobListCommand implements Callable<Integer> {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int ALL_PAGE_SIZE = 100;
    private static final int PAGES_IN_FLIGHT = 4;

    @Spec
    CommandSpec spec;

    @Mixin
    JobListFilters filters;

    @Option(names = "--page", paramLabel = "N", description = "Page to show (default: 1).")
    Integer page;

    @Option(names = "--page-size", paramLabel = "N", description = "Jobs per page (default: 20; 100 with --all).")
    Integer pageSize;

    @Option(names = {"-A", "--all"}, description = "Every page, fetched in parallel, in the server's order.")
    boolean all;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N jobs (fetching as many pages as that takes).")
    Integer limit;

    @Mixin
    OutputFlags output;

    @Mixin
    WatchFlags watch;

    @Override
    public Integer call() {
        JobQuery query = filters.toQuery().withPage(positive(page, 1, "--page"),
                positive(pageSize, all || limit != null ? ALL_PAGE_SIZE : DEFAULT_PAGE_SIZE, "--page-size"));
        int max = limit == null ? 0 : positive(limit, 0, "--limit");
        MmsCommand root = MmsCommand.of(spec);
        OutputFormat format = output.format(EnumSet.allOf(OutputFormat.class));
        RenderOptions options = output.renderOptions(format, root.environment(), root.noColor());
        Session session = root.session(spec);
        long sourceId = session.sourceId(null);
        JobPager pager = new JobPager(session.client(), PAGES_IN_FLIGHT, null);
        boolean everyPage = all || limit != null;
        if (watch.watch) {
            PrintWriter err = spec.commandLine().getErr();
            Poller poller = new Poller(watch.interval.policy().steady(), root.deadline(), root.environment().sleeper());
            JobListWatch listWatch = new JobListWatch(pager, Views.jobs(), options, spec.commandLine().getOut(),
                    root.environment().clock(), poller, notice -> {
                        if (!root.quiet()) {
                            err.println("mms: " + notice);
                            err.flush();
                        }
                    });
            listWatch.run(sourceId, query, everyPage, max);
            return ExitCodes.TIMED_OUT; // it only ends at the deadline (or Ctrl-C)
        }
        PrintWriter out = spec.commandLine().getOut();
        ItemWriter<Job> writer = OutputFlags.open(Views.jobs(), options, out);
        // Not try-with-resources: when a page fails the document stays unfinished, so that json streamed so far
        // cannot pass for the whole list (no closing "]") and a table is not drawn from part of the jobs.
        JobPager.PagingResult result = pager.fetch(sourceId, query, everyPage, max, writer::write);
        writer.close();
        if (result.delivered() == 0 && format.isForPeople() && !root.quiet()) {
            spec.commandLine().getErr().println("No jobs found on source " + sourceId + ".");
        }
        printFooter(root, result);
        return ExitCodes.OK;
    }

    private void printFooter(MmsCommand root, JobPager.PagingResult result) {
        boolean partial = result.delivered() < result.total();
        if (partial && !all && !root.quiet() && root.environment().stderrIsTerminal()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(PagingFooter.footer(result.delivered(), result.total(), result.pageNum(), result.pages()));
        }
    }

    private static int positive(Integer value, int fallback, String flag) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new UsageException(flag + " must be 1 or more, not " + value);
        }
        return value;
    }
}
