package dev.mms.cli.job;

import dev.mms.cli.completion.Candidates;
import dev.mms.api.JobQuery;
import dev.mms.api.JobStatus;
import dev.mms.cli.UsageException;
import picocli.CommandLine.Option;

/** The filters and sort of {@code mms job list}: one flag per ListMmsJobs query parameter. */
public final class JobListFilters {

    @Option(names = "--name", paramLabel = "NAME", description = "Jobs whose name matches NAME.")
    String name;

    @Option(names = "--src-db", paramLabel = "DB", description = "Jobs from this source database.")
    String srcDbName;

    @Option(names = "--src-table", paramLabel = "TABLE", description = "Jobs that migrate this source table.")
    String srcTableName;

    @Option(names = "--dst-db", paramLabel = "PROJECT", description = "Jobs into this MaxCompute project.")
    String dstDbName;

    @Option(names = "--dst-table", paramLabel = "TABLE", description = "Jobs that write this destination table.")
    String dstTableName;

    @Option(names = "--status", paramLabel = "STATUS", description = "Jobs in this status: ${COMPLETION-CANDIDATES}.")
    JobStatus status;

    @Option(names = "--stopped", description = "Only stopped jobs.")
    boolean stopped;

    @Option(names = "--running", description = "Only jobs that are not stopped.")
    boolean running;

    @Option(names = "--timer-id", paramLabel = "ID", description = "Jobs started by this timer.")
    Long timerId;

    @Option(names = "--sort", paramLabel = "status:asc|desc", completionCandidates = Candidates.JobSortOrders.class, description = "Sort by status, ascending or descending.")
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
