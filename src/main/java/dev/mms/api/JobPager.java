package dev.mms.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Streams the jobs of ListMmsJobs page after page, in the server's order, fetching later pages in parallel.
 *
 * <p>Memory stays bounded by {@code maxInFlight} pages: a page is only requested once a slot in the window of
 * requested-but-not-yet-delivered pages is free, and pages are handed to the sink strictly in page order.
 */
public final class JobPager {

    /**
     * Page size for {@code --all} when the query names none. Measured over 10,000 jobs with 20 ms per request
     * (bench/README.md, "Issue 13, third round"): 1,000 takes half the requests of 500 and a tenth less of the CLI's
     * CPU; the API documents no limit (docs/api-notes.md, "Lists"). A server that serves fewer per page is then asked
     * for what it serves, and one that refuses the size is asked again with {@value #MODEST_PAGE_SIZE}.
     */
    public static final int DEFAULT_PAGE_SIZE = 1_000;
    /** The page size the API's own examples go up to, for a server that refuses {@link #DEFAULT_PAGE_SIZE}. */
    static final int MODEST_PAGE_SIZE = 100;

    private final MmsClient client;
    private final int maxInFlight;
    private final Executor executor;

    /**
     * @param maxInFlight the most ListMmsJobs requests running at once (at least 1)
     * @param executor where page requests run; null gives the pager its own pool of {@code maxInFlight} daemon
     *     threads that end when idle, so a CLI never has to shut it down
     */
    public JobPager(MmsClient client, int maxInFlight, Executor executor) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, was " + maxInFlight);
        }
        this.client = client;
        this.maxInFlight = maxInFlight;
        this.executor = executor != null ? executor : ownPool(maxInFlight);
    }

    /** What the first page said about the whole list, and how many jobs reached the sink. */
    public record PagingResult(long total, int pageNum, int pageSize, int pages, int delivered) {
    }

    /**
     * Fetches the page the query names (with {@code all}: from that page, default 1, page size default
     * {@value #DEFAULT_PAGE_SIZE}) and, with {@code all}, every later page up to the end of the list. Jobs go to the
     * sink in the server's order as soon as the next page in order has arrived. A job whose id was already delivered
     * is dropped: while the list changes, jobs shift from one page onto the next.
     *
     * <p>The end of the list is a page with fewer jobs than the page size (an empty page included), not the first
     * page's {@code total} alone, because servers get it wrong: the pages {@code total} implies are fetched in
     * parallel; if the last of them is still full (total missing, too small, or grown meanwhile) later pages follow
     * until a short page, or a full page that brings no job not seen before (a server that ignores pageNum).
     * A server that returns fewer jobs than its page size on a page that is not the last (it caps the size it was
     * asked for) is asked for pages of the size it really serves.
     *
     * @param limit stop after this many jobs and request no further pages; 0 means no limit
     * @return the first page's total, page number and size, the page count they imply, and the jobs delivered
     * @throws ApiException from whichever page failed first in page order; outstanding requests are cancelled
     * @throws CancellationException if the calling thread is interrupted while waiting (its flag is restored)
     */
    public PagingResult fetch(long sourceId, JobQuery query, boolean all, int limit, Consumer<Job> sink) {
        return fetch(sourceId, query, all, limit, sink, () -> { });
    }

    /** {@link #fetch(long, JobQuery, boolean, int, Consumer)}, calling {@code pageDone} after each page's jobs. */
    public PagingResult fetch(long sourceId, JobQuery query, boolean all, int limit, Consumer<Job> sink,
                              Runnable pageDone) {
        return fetch(new Listing<>(pageQuery -> client.listJobs(sourceId, pageQuery), Job::id), query, all, limit,
                sink, pageDone);
    }

    /**
     * {@link #fetch(long, JobQuery, boolean, int, Consumer, Runnable)} with each job the JSON object the server sent,
     * never bound to a {@link Job} ({@link MmsClient#listJobObjects}): for output that shows nothing else.
     */
    public PagingResult fetchObjects(long sourceId, JobQuery query, boolean all, int limit, Consumer<JsonNode> sink,
                                     Runnable pageDone) {
        return fetch(new Listing<>(pageQuery -> client.listJobObjects(sourceId, pageQuery), JobPager::idOf), query,
                all, limit, sink, pageDone);
    }

    /** How to get one page of the list, and how to recognise one of its jobs again (null: it cannot be). */
    private record Listing<T>(Function<JobQuery, Page<T>> page, Function<T, Long> id) {
    }

    /** A job object's id ({@link Json#integer}); null when it has none that can be read: it is always delivered. */
    static Long idOf(JsonNode job) {
        try {
            return Json.integer(job, "id");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private <T> PagingResult fetch(Listing<T> listing, JobQuery query, boolean all, int limit, Consumer<T> sink,
                                   Runnable pageDone) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (no limit) or positive, was " + limit);
        }
        JobQuery first = all ? query.withPage(orDefault(query.pageNum(), 1), orDefault(query.pageSize(),
                DEFAULT_PAGE_SIZE)) : query;
        Page<T> firstPage;
        try {
            firstPage = listing.page().apply(first);
        } catch (ApiException e) {
            if (!all || !refusesPageSize(e) || first.pageSize() == null || first.pageSize() != DEFAULT_PAGE_SIZE) {
                throw e;
            }
            first = first.withPage(first.pageNum(), MODEST_PAGE_SIZE);
            firstPage = listing.page().apply(first);
        }

        int pageNum = orDefault(firstPage.pageNum(), orDefault(first.pageNum(), 1));
        int pageSize = servedPageSize(firstPage, first, pageNum);
        long total = firstPage.totalOrZero();
        int pages = pageSize > 0 ? (int) ((total + pageSize - 1) / pageSize) : 1;

        Delivery<T> delivery = new Delivery<>(sink, listing.id(), limit, pageDone);
        delivery.accept(firstPage);
        boolean firstIsFull = pageSize > 0 && firstPage.items().size() >= pageSize;
        if (all && firstIsFull && !delivery.isFull()) {
            Integer lastByTotal = firstPage.total() == null ? null : pages;
            fetchRest(listing, first, pageNum + 1, lastByTotal, pageSize, delivery);
        }
        return new PagingResult(total, pageNum, pageSize, pages, delivery.count);
    }

    /**
     * The page size the server really serves, judged from the first page: the size it reports (or the one asked),
     * unless the page holds more jobs than that (the server ignores the size) or fewer while {@code total} says more
     * jobs follow it (the server caps the size, whatever it reports).
     */
    private static int servedPageSize(Page<?> page, JobQuery asked, int pageNum) {
        int items = page.items().size();
        int size = page.pageSize() != null && page.pageSize() > 0 ? page.pageSize()
                : orDefault(asked.pageSize(), items);
        if (items > size) {
            return items;
        }
        boolean moreFollow = page.total() != null && page.total() > (pageNum - 1L) * size + items;
        return items > 0 && items < size && moreFollow ? items : size;
    }

    /**
     * Requests pages from {@code from} on through a sliding window and delivers them in order, up to
     * {@code lastByTotal} (null: unknown) and past it one page at a time while the pages stay full.
     */
    private <T> void fetchRest(Listing<T> listing, JobQuery query, int from, Integer lastByTotal, int pageSize,
                               Delivery<T> delivery) {
        Deque<FutureTask<Page<T>>> window = new ArrayDeque<>();
        int next = from;
        int last = lastByTotal == null ? Integer.MAX_VALUE : lastByTotal;
        // Without a total the pages are requested ahead blind, and a few requests past the end are the price.
        // Past a total that turned out wrong, one at a time: most often the next page is the empty one.
        boolean pastTotal = lastByTotal == null;
        int width = maxInFlight;
        try {
            while (true) {
                if (window.isEmpty() && next > last && !pastTotal) {
                    pastTotal = true;
                    last = Integer.MAX_VALUE;
                    width = 1;
                }
                // A page is worth requesting only if the pages already on their way cannot fill the limit.
                while (window.size() < width && next <= last
                        && (delivery.limit == 0 || delivery.count + (long) window.size() * pageSize < delivery.limit)) {
                    JobQuery pageQuery = query.withPage(next, pageSize);
                    FutureTask<Page<T>> request = new FutureTask<>(() -> listing.page().apply(pageQuery));
                    window.addLast(request);
                    executor.execute(request);
                    next++;
                }
                if (window.isEmpty()) {
                    return;
                }
                Page<T> page = await(window.removeFirst());
                int fresh = delivery.accept(page);
                boolean shortPage = page.items().size() < pageSize;
                if (delivery.isFull() || shortPage || (pastTotal && fresh == 0)) {
                    return;
                }
            }
        } finally {
            window.forEach(request -> request.cancel(true));
        }
    }

    private static <T> Page<T> await(FutureTask<Page<T>> request) {
        try {
            return request.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while listing jobs");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** A 400 whose code or message names the page size: the server's limit, not a bad filter. */
    private static boolean refusesPageSize(ApiException e) {
        String text = (e.code() + " " + e.getMessage()).toLowerCase(Locale.ROOT);
        return e.httpStatus() == 400 && text.contains("pagesize");
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static Executor ownPool(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 5, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), DaemonThreads.named("mms-list-jobs"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Hands jobs to the sink once each, up to the limit. */
    private static final class Delivery<T> {
        private final Consumer<T> sink;
        private final Function<T, Long> id;
        private final int limit;
        private final Runnable pageDone;
        private final Set<Long> seen = new HashSet<>();
        private int count;

        Delivery(Consumer<T> sink, Function<T, Long> id, int limit, Runnable pageDone) {
            this.sink = sink;
            this.id = id;
            this.limit = limit;
            this.pageDone = pageDone;
        }

        /** Returns how many of the page's jobs were new. */
        int accept(Page<T> page) {
            int before = count;
            for (T job : page.items()) {
                if (isFull()) {
                    break;
                }
                if (job == null) {
                    continue; // a null in objectList is no job
                }
                // A job without an id cannot be recognised again, so it is always delivered.
                Long jobId = id.apply(job);
                if (jobId == null || seen.add(jobId)) {
                    sink.accept(job);
                    count++;
                }
            }
            pageDone.run();
            return count - before;
        }

        boolean isFull() {
            return limit > 0 && count >= limit;
        }
    }
}
