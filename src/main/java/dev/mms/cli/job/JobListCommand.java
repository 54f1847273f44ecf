package dev.mms.cli.job;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mms.cli.help.Example;
import dev.mms.api.Job;
import dev.mms.api.JobPager;
import dev.mms.api.JobQuery;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.cli.UsageException;
import dev.mms.cli.completion.Candidates;
import dev.mms.cli.options.OutputFlags;
import dev.mms.cli.options.PagingFlags;
import dev.mms.cli.options.WatchFlags;
import dev.mms.render.ItemWriter;
import dev.mms.render.OutputFormat;
import dev.mms.render.PagingFooter;
import dev.mms.render.RenderOptions;
import dev.mms.render.Renderer;
import dev.mms.render.View;
import dev.mms.render.Views;
import dev.mms.watch.JobListWatch;
import dev.mms.watch.Poller;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
public final class JobListCommand implements Callable<Integer>, Candidates.ShowsColumns {

    private static final int PAGES_IN_FLIGHT = 4;

    @Spec
    CommandSpec spec;

    @Mixin
    JobListFilters filters;

    @Mixin
    PagingFlags paging;

    @Mixin
    OutputFlags output;

    @Mixin
    WatchFlags watch;

    @Override
    public View<?> columnView() {
        return Views.jobs();
    }

    @Override
    public Integer call() {
        paging.check();
        int max = paging.limit();
        JobQuery query = filters.toQuery().withPage(paging.firstPage(), paging.pageSize(JobPager.DEFAULT_PAGE_SIZE));
        MmsCommand root = MmsCommand.of(spec);
        OutputFormat format = output.format(EnumSet.allOf(OutputFormat.class));
        RenderOptions options = output.renderOptions(format, root.environment(), root.noColor());
        if (watch.watch && output.hasQuery()) {
            throw new UsageException("--query applies to one result, not to a watch; use --watch -o json | jq");
        }
        Session session = root.session(spec);
        long sourceId = session.sourceId(null);
        JobPager pager = new JobPager(session.client(), PAGES_IN_FLIGHT, null);
        PrintWriter err = spec.commandLine().getErr();
        if (watch.watch) {
            Poller poller = new Poller(watch.interval.policy().steady(), root.deadline(), root.environment().sleeper());
            JobListWatch listWatch = new JobListWatch(pager, Views.jobs(), options, spec.commandLine().getOut(),
                    root.environment().clock(), poller, notice -> {
                        if (!root.quiet()) {
                            err.println("mms: " + notice);
                            err.flush();
                        }
                    });
            listWatch.run(sourceId, query, paging.everyPage(), max);
            return ExitCodes.TIMED_OUT; // it only ends at the deadline (or Ctrl-C)
        }
        PrintWriter out = spec.commandLine().getOut();
        // Not try-with-resources: when a page fails the document stays unfinished, so that json streamed so far
        // cannot pass for the whole list (no closing "]") and a table is not drawn from part of the jobs.
        ItemWriter<?> writer;
        JobPager.PagingResult result;
        if (Renderer.readsDocumentsOnly(Views.jobs(), options)) { // no record bound that nobody would read
            ItemWriter<JsonNode> documents = OutputFlags.openDocuments(Views.jobs(), options, out);
            result = pager.fetchObjects(sourceId, query, paging.everyPage(), max, documents::write, documents::flush);
            writer = documents;
        } else {
            ItemWriter<Job> jobs = OutputFlags.open(Views.jobs(), options, out);
            result = pager.fetch(sourceId, query, paging.everyPage(), max, jobs::write, jobs::flush);
            writer = jobs;
        }
        if (result.delivered() == 0 && result.pageNum() > 1) {
            throw new UsageException(PagingFooter.pastTheEnd(result.pageNum(), result.total(), result.pageSize(),
                    "job", "jobs"));
        }
        writer.close();
        if (result.delivered() == 0 && format.isForPeople() && !root.quiet()) {
            err.println("No jobs found on source " + sourceId + ".");
        }
        // whatever the format and wherever stderr goes: a script piping json must hear that it got one page only
        String notice = paging.notice(result.delivered(), result.total(), result.pages(), "job", "jobs");
        if (notice != null && !root.quiet()) {
            err.println(notice);
        }
        return ExitCodes.OK;
    }
}
