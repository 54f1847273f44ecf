package dev.mms.cli.job;

import dev.mms.cli.completion.Candidates;
import dev.mms.api.JobQuery;
import dev.mms.api.JobStatus;
import dev.mms.cli.UsageException;
import picocli.CommandLine.Option;

/** The filters and sort of {@code mms job list}: one flag per ListMmsJobs query parameter. */
public final class JobListFilters {

    @Option(names = "--name", paramLabel = "NAME", description = "Jobs whose name contains NAME, ignoring case (a substring match).")
    String name;

    @Option(names = "--src-db", paramLabel = "DB", description = "Jobs from exactly this source database (case matters).")
    String srcDbName;

    @Option(names = "--src-table", paramLabel = "TABLE", description = "Jobs with a task for exactly this source table.")
    String srcTableName;

    @Option(names = "--dst-db", paramLabel = "PROJECT", description = "Jobs into exactly this MaxCompute project (case matters).")
    String dstDbName;

    @Option(names = "--dst-table", paramLabel = "TABLE", description = "Jobs that write exactly this destination table (after tableMapping).")
    String dstTableName;

    @Option(names = "--status", paramLabel = "STATUS", description = "Jobs in this status: ${COMPLETION-CANDIDATES} (any case).")
    JobStatus status;

    @Option(names = "--stopped", description = "Only stopped jobs.")
    boolean stopped;

    @Option(names = "--running", description = "Only jobs that are not stopped.")
    boolean running;

    @Option(names = "--timer-id", paramLabel = "ID", description = "Jobs started by the timer of this id.")
    Long timerId;

    @Option(names = "--sort", paramLabel = "status:asc|desc", completionCandidates = Candidates.JobSortOrders.class, description = "Server-side order by status in lifecycle order INIT, DOING, DONE, FAILED (asc) or the reverse (desc), newest first within one; the API sorts by nothing else (see --sort-by).")
    String sort;

    /** The ListMmsJobs query of these flags, without paging. */
    JobQuery toQuery() {
        if (stopped && running) {
            throw new UsageException("--stopped and --running exclude each other");
        }
        Boolean stoppedFilter = stopped ? Boolean.TRUE : running ? Boolean.FALSE : null;
        return new JobQuery(name, srcDbName, srcTableName, dstDbName, dstTableName,
                status == null ? null : status.name(), stoppedFilter, timerId, null, null, sortOrder());
    }

    private String sortOrder() {
        if (sort == null) {
            return null;
        }
        String[] parts = sort.trim().split(":", -1);
        String order = parts.length == 2 ? parts[1].trim().toLowerCase(java.util.Locale.ROOT) : "";
        if (!parts[0].trim().equalsIgnoreCase("status") || !(order.equals("asc") || order.equals("desc"))) {
            throw new UsageException("--sort takes status:asc or status:desc (the API sorts jobs by status only), not '"
                    + sort + "'");
        }
        return order;
    }
}
