package dev.mms.cli.options;

import dev.mms.cli.UsageException;
import picocli.CommandLine.Option;

/**
 * {@code --page}, {@code --page-size}, {@code --all} and {@code --limit} of every list command, and the rules that make
 * each combination mean something: {@code --all} and {@code --limit} count from the first page, so {@code --page}
 * with either is a usage error; {@code --limit N} asks for pages of no more than N items.
 */
public final class PagingFlags {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int ALL_PAGE_SIZE = 100;

    @Option(names = "--page", paramLabel = "N", description = "Page to show (default: 1); not with --all or --limit.")
    Integer page;

    @Option(names = "--page-size", paramLabel = "N",
            description = "Items per page (default: 20; with --all 100, 1000 for jobs; with --limit N no more than N).")
    Integer pageSize;

    @Option(names = {"-A", "--all"}, description = "Every page, in the server's order.")
    boolean all;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after the first N items (fetching as many pages as that takes).")
    Integer limit;

    /** Checks the combination; call before anything is sent. */
    public void check() {
        if (all && page != null) {
            throw new UsageException("--all lists every page from the first; leave out --page " + page
                    + ", or leave out --all to see that one page");
        }
        if (limit != null && page != null) {
            throw new UsageException("--limit counts from the first page; leave out --page " + page
                    + ", or use --page with --page-size");
        }
        firstPage();
        pageSize();
        limit();
    }

    public int firstPage() {
        return positive(page, 1, "--page");
    }

    /** 20 for one page; 100 (the most a list serves) for --all; for --limit N no more than N. */
    public int pageSize() {
        return pageSize(ALL_PAGE_SIZE);
    }

    /** {@link #pageSize()} for a list that pages --all and --limit by {@code everyPageSize} (job list: 1000). */
    public int pageSize(int everyPageSize) {
        int max = limit();
        int fallback = max > 0 ? Math.min(max, everyPageSize) : all ? everyPageSize : DEFAULT_PAGE_SIZE;
        return positive(pageSize, fallback, "--page-size");
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

    /**
     * The stderr line when {@code delivered} of {@code total} items were shown (null when that is everything, or
     * when --all was asked and the server's total was simply wrong).
     */
    public String notice(int delivered, long total, int pages, String singular, String plural) {
        if (delivered >= total || (all && limit == null)) {
            return null;
        }
        return limit != null ? dev.mms.render.PagingFooter.limited(delivered, total, limit(), singular, plural)
                : dev.mms.render.PagingFooter.footer(delivered, total, firstPage(), pages, singular, plural);
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
