package dev.mms.cli.options;

import dev.mms.cli.UsageException;
import picocli.CommandLine.Option;

/** {@code --page}, {@code --page-size}, {@code --all} and {@code --limit} of the list commands, as job list has them. */
public final class PagingFlags {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int ALL_PAGE_SIZE = 100;

    @Option(names = "--page", paramLabel = "N", description = "Page to show (default: 1).")
    Integer page;

    @Option(names = "--page-size", paramLabel = "N", description = "Items per page (default: 20; 100 with --all).")
    Integer pageSize;

    @Option(names = {"-A", "--all"}, description = "Every page, in the server's order.")
    boolean all;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N items (fetching as many pages as that takes).")
    Integer limit;

    public int firstPage() {
        return positive(page, 1, "--page");
    }

    public int pageSize() {
        return positive(pageSize, everyPage() ? ALL_PAGE_SIZE : DEFAULT_PAGE_SIZE, "--page-size");
    }

    /** --all or --limit: fetch as many pages as it takes. */
    public boolean everyPage() {
        return all || limit != null;
    }

    public boolean all() {
        return all;
    }

    /** The --limit, 0 for none. */
    public int limit() {
        return limit == null ? 0 : positive(limit, 0, "--limit");
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
