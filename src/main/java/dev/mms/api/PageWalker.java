package dev.mms.api;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Walks the pages of a list operation one after another (ListMmsTasks, ListMmsDbs, ListMmsTables,
 * ListMmsPartitions), handing each item to a sink in the server's order. The end of the list is a page shorter than
 * the page size, or one that brings nothing new (a server that ignores pageNum); {@code total} alone is not trusted.
 * An item whose id was already delivered is dropped, since items shift between pages while the list changes.
 */
public final class PageWalker {

    /** Fetches one page: number (1-based) and size. */
    @FunctionalInterface
    public interface PageSource<T> {
        Page<T> fetch(int pageNum, int pageSize);
    }

    /** The first page's total, and how many items reached the sink. */
    public record Result(long total, int delivered) {
    }

    private PageWalker() {
    }

    /**
     * @param all   every page from {@code firstPage} on, else only that page
     * @param limit stop after this many items (0: no limit)
     * @param id    an item's identity, for dropping repeats
     */
    public static <T> Result walk(PageSource<T> source, int firstPage, int pageSize, boolean all, int limit,
                                  Function<T, Object> id, Consumer<T> sink) {
        Set<Object> seen = new HashSet<>();
        int delivered = 0;
        long total = -1;
        for (int pageNum = firstPage; ; pageNum++) {
            Page<T> page = source.fetch(pageNum, pageSize);
            if (total < 0) {
                total = page.totalOrZero();
            }
            int fresh = 0;
            for (T item : page.items()) {
                if (item == null || !seen.add(id.apply(item))) {
                    continue;
                }
                fresh++;
                sink.accept(item);
                delivered++;
                if (limit > 0 && delivered >= limit) {
                    return new Result(total, delivered);
                }
            }
            if (!all || page.items().size() < pageSize || fresh == 0) {
                return new Result(total, delivered);
            }
        }
    }
}
