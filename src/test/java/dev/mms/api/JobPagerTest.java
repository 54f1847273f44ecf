package dev.mms.api;

import dev.mms.testing.UnsupportedMmsClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class JobPagerTest {

    private static final long SOURCE = 7L;

    @Test
    void allPagesArriveInServerOrderExactlyOnce() {
        FakeJobList server = new FakeJobList(10_000);
        List<Long> seen = new ArrayList<>();

        JobPager.PagingResult result = new JobPager(server, 4, null)
                .fetch(SOURCE, JobQuery.all().withPage(1, 100), true, 0, job -> seen.add(job.id()));

        assertEquals(LongStream.rangeClosed(1, 10_000).boxed().toList(), seen);
        assertEquals(new JobPager.PagingResult(10_000, 1, 100, 100, 10_000), result);
        // The 100th page is full, so one more (empty) page makes sure the total did not grow meanwhile.
        assertEquals(101, server.requestedPages.size(), "each page requested once: " + server.requestedPages);
    }

    @Test
    void defaultsToFirstPageOfAThousandWhenAllAndNoPageGiven() {
        FakeJobList server = new FakeJobList(2_400);
        List<Long> seen = new ArrayList<>();

        JobPager.PagingResult result = new JobPager(server, 2, null)
                .fetch(SOURCE, JobQuery.all(), true, 0, job -> seen.add(job.id()));

        assertEquals(new JobPager.PagingResult(2_400, 1, 1_000, 3, 2_400), result);
        assertEquals(Set.of(1, 2, 3), server.requestedPages);
        assertEquals(1_000, server.lastPageSize.get());
    }

    @Test
    void aServerThatRefusesTheDefaultPageSizeIsAskedForPagesOfAHundred() {
        FakeJobList server = new FakeJobList(250);
        server.refuseAbove = 100;
        List<Long> seen = new ArrayList<>();

        JobPager.PagingResult result = new JobPager(server, 2, null)
                .fetch(SOURCE, JobQuery.all(), true, 0, job -> seen.add(job.id()));

        assertEquals(new JobPager.PagingResult(250, 1, 100, 3, 250), result);
        assertEquals(LongStream.rangeClosed(1, 250).boxed().toList(), seen);
        assertEquals(100, server.lastPageSize.get());
    }

    @Test
    void aPageSizeTheUserChoseIsNotChangedWhenRefused() {
        FakeJobList server = new FakeJobList(250);
        server.refuseAbove = 100;

        ApiException refused = assertThrows(ApiException.class, () -> new JobPager(server, 2, null)
                .fetch(SOURCE, JobQuery.all().withPage(1, 200), true, 0, job -> { }));
        assertEquals(400, refused.httpStatus());
        assertEquals(Set.of(1), server.requestedPages);
    }

    @Test
    void pageDoneFollowsTheJobsOfEachPageInOrder() {
        FakeJobList server = new FakeJobList(25);
        List<String> events = new ArrayList<>();

        new JobPager(server, 3, null).fetch(SOURCE, JobQuery.all().withPage(1, 10), true, 0,
                job -> events.add(String.valueOf(job.id())), () -> events.add("|"));

        assertEquals("1 2 3 4 5 6 7 8 9 10 | 11 12 13 14 15 16 17 18 19 20 | 21 22 23 24 25 |",
                String.join(" ", events));
    }

    @Test
    void withoutAllOnlyTheNamedPageIsFetched() {
        FakeJobList server = new FakeJobList(1_000);
        List<Long> seen = new ArrayList<>();

        JobPager.PagingResult result = new JobPager(server, 4, null)
                .fetch(SOURCE, JobQuery.all().withPage(3, 20), false, 0, job -> seen.add(job.id()));

        assertEquals(LongStream.rangeClosed(41, 60).boxed().toList(), seen);
        assertEquals(new JobPager.PagingResult(1_000, 3, 20, 50, 20), result);
        assertEquals(Set.of(3), server.requestedPages);
    }

    @Test
    void jobShiftedPastThePagesTheTotalImpliedIsStillDelivered() {
        FakeJobList server = new FakeJobList(200);
        // Page 1 said total 200 (two pages of 100); an insert then pushes job 200 onto a third page.
        server.beforeServing = page -> {
            if (page == 2) {
                server.insertAtHead(99_999L);
            }
        };
        List<Long> seen = new ArrayList<>();

        new JobPager(server, 4, null).fetch(SOURCE, JobQuery.all().withPage(1, 100), true, 0, job -> seen.add(job.id()));

        assertEquals(LongStream.rangeClosed(1, 200).boxed().toList(), seen);
    }

    @Test
    void jobShiftedOntoTheNextPageByAnInsertIsDeliveredOnce() {
        FakeJobList server = new FakeJobList(250);
        // A job created while we page pushes every later job one place down: page 2 now starts with page 1's last.
        server.beforeServing = page -> {
            if (page == 2) {
                server.insertAtHead(99_999L);
            }
        };
        List<Long> seen = new ArrayList<>();

        JobPager.PagingResult result = new JobPager(server, 1, null)
                .fetch(SOURCE, JobQuery.all().withPage(1, 100), true, 0, job -> seen.add(job.id()));

        assertEquals(LongStream.rangeClosed(1, 250).boxed().toList(), seen);
        assertEquals(250, result.delivered());
    }

    @Test
    void objectsArriveInOrderAndAJobShiftedOntoTheNextPageIsDeliveredOnce() {
        FakeJobList server = new FakeJobList(250);
        server.beforeServing = page -> {
            if (page == 2) {
                server.insertAtHead(99_999L);
            }
        };
        List<JsonNode> seen = new ArrayList<>();

        JobPager.PagingResult result = new JobPager(server, 2, null)
                .fetchObjects(SOURCE, JobQuery.all().withPage(1, 100), true, 0, seen::add, () -> { });

        assertEquals(LongStream.rangeClosed(1, 250).boxed().toList(), seen.stream().map(o -> o.get("id").asLong())
                .toList());
        assertEquals("job7", seen.get(6).get("name").asText(), "the object of the job");
        assertEquals(new JobPager.PagingResult(250, 1, 100, 3, 250), result);
    }

    @Test
    void anObjectsIdIsAnIntegerOrOneInAStringAndAnythingElseIsNoId() {
        assertEquals(7L, JobPager.idOf(Json.mapper().createObjectNode().put("id", 7)));
        assertEquals(7L, JobPager.idOf(Json.mapper().createObjectNode().put("id", " 7")));
        assertEquals(null, JobPager.idOf(Json.mapper().createObjectNode().put("id", "seven")));
        assertEquals(null, JobPager.idOf(Json.mapper().createObjectNode().put("id", 7.5)));
        assertEquals(null, JobPager.idOf(Json.mapper().createObjectNode().putNull("id")));
        assertEquals(null, JobPager.idOf(Json.mapper().createObjectNode()));
    }

    @Test
    void limitStopsEarlyAndRequestsOnlyThePagesItNeeds() {
        FakeJobList server = new FakeJobList(10_000);
        List<Long> seen = new ArrayList<>();

        JobPager.PagingResult result = new JobPager(server, 4, null)
                .fetch(SOURCE, JobQuery.all().withPage(1, 100), true, 250, job -> seen.add(job.id()));

        assertEquals(LongStream.rangeClosed(1, 250).boxed().toList(), seen);
        assertEquals(250, result.delivered());
        assertEquals(10_000, result.total());
        assertEquals(Set.of(1, 2, 3), server.requestedPages);
    }

    @Test
    void limitWithinTheFirstPageRequestsNothingMore() {
        FakeJobList server = new FakeJobList(10_000);
        List<Long> seen = new ArrayList<>();

        new JobPager(server, 4, null).fetch(SOURCE, JobQuery.all().withPage(1, 100), true, 30, job -> seen.add(job.id()));

        assertEquals(30, seen.size());
        assertEquals(Set.of(1), server.requestedPages);
    }

    @Test
    void neverMoreThanMaxInFlightRequestsAtOnce() {
        FakeJobList server = new FakeJobList(5_000);
        server.latencyMillis = 3;
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());

        new JobPager(server, 3, null).fetch(SOURCE, JobQuery.all().withPage(1, 50), true, 0, job -> seen.add(job.id()));

        assertEquals(5_000, seen.size());
        assertTrue(server.maxConcurrent.get() <= 3, "max concurrent " + server.maxConcurrent.get());
        assertTrue(server.maxConcurrent.get() >= 2, "pages were fetched in parallel: " + server.maxConcurrent.get());
    }

    @Test
    void aFailingPageFailsTheWholeFetchAfterTheEarlierPages() {
        FakeJobList server = new FakeJobList(2_000);
        ApiException busy = new ApiException(503, "ServiceUnavailable", "busy", "req-1", null);
        server.beforeServing = page -> {
            if (page == 7) {
                throw busy;
            }
        };
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        JobPager pager = new JobPager(server, 4, null);

        ApiException thrown = assertThrows(ApiException.class, () ->
                pager.fetch(SOURCE, JobQuery.all().withPage(1, 100), true, 0, job -> seen.add(job.id())));

        assertSame(busy, thrown);
        assertEquals(LongStream.rangeClosed(1, 600).boxed().toList(), seen, "pages 1-6 delivered, nothing after");
        assertTrue(new TreeSet<>(server.requestedPages).last() <= 7 + 3,
                "no page requested beyond the window: " + server.requestedPages);
    }

    /** ListMmsJobs over an in-memory list of jobs with ids 1..n, counting concurrent calls. */
    private static final class FakeJobList extends UnsupportedMmsClient {
        private final List<Long> ids = new ArrayList<>();
        final Set<Integer> requestedPages = new ConcurrentSkipListSet<>();
        final AtomicInteger lastPageSize = new AtomicInteger();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxConcurrent = new AtomicInteger();
        volatile IntConsumer beforeServing = page -> { };
        volatile long latencyMillis;
        /** Above this page size the server answers 400, as a gateway with a limit would (0: no limit). */
        volatile int refuseAbove;

        FakeJobList(int n) {
            LongStream.rangeClosed(1, n).forEach(ids::add);
        }

        synchronized void insertAtHead(long id) {
            ids.add(0, id);
        }

        @Override
        public Page<Job> listJobs(long sourceId, JobQuery query) {
            assertEquals(SOURCE, sourceId);
            int now = running.incrementAndGet();
            maxConcurrent.accumulateAndGet(now, Math::max);
            try {
                int pageNum = query.pageNum();
                int pageSize = query.pageSize();
                requestedPages.add(pageNum);
                if (refuseAbove > 0 && pageSize > refuseAbove) {
                    throw new ApiException(400, "InvalidParameter.PageSize",
                            "pageSize must not be greater than " + refuseAbove, "r-1", null);
                }
                lastPageSize.set(pageSize);
                beforeServing.accept(pageNum);
                if (latencyMillis > 0) {
                    Thread.sleep(latencyMillis);
                }
                synchronized (this) {
                    int from = Math.min(ids.size(), (pageNum - 1) * pageSize);
                    int to = Math.min(ids.size(), from + pageSize);
                    List<Job> jobs = ids.subList(from, to).stream().map(FakeJobList::job).toList();
                    return new Page<>(ids.size(), pageNum, pageSize, jobs);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ApiException.transport("interrupted", e);
            } finally {
                running.decrementAndGet();
            }
        }

        private static Job job(long id) {
            return new Job(id, "job" + id, SOURCE, null, null, "db", null, "db", null, "DONE", "Tables", 1, 1,
                    false, null, null, null);
        }




    }
}
