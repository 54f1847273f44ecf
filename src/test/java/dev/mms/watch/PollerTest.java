package dev.mms.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.api.ApiException;
import dev.mms.api.Deadline;
import dev.mms.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one polling loop: pace, backoff, transient errors, the deadline and interrupts, on a fake clock. */
class PollerTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-21T23:50:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final List<RunEvent.Retrying> retries = new ArrayList<>();
    private int rounds;

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private Poller poller(Duration timeout) {
        return new Poller(PollPolicy.defaults(), Deadline.after(clock, timeout), sleeper);
    }

    /** A round that answers from a script: a Progress, or an ApiException to throw. */
    private Poller.Round script(Object... answers) {
        Deque<Object> queue = new ArrayDeque<>(List.of(answers));
        return () -> {
            rounds++;
            Object next = queue.size() > 1 ? queue.poll() : queue.peek();
            if (next instanceof ApiException e) {
                throw e;
            }
            return (Poller.Progress) next;
        };
    }

    private static ApiException throttled(Long retryAfter) {
        return new ApiException(503, "ServiceUnavailable", "busy", "req-1", retryAfter);
    }

    @Test
    void changesKeepTheFirstIntervalAndQuietRoundsSlowDownToTheCap() {
        Poller.End end = poller(null).run(script(Poller.Progress.CHANGED, Poller.Progress.UNCHANGED,
                Poller.Progress.UNCHANGED, Poller.Progress.UNCHANGED, Poller.Progress.UNCHANGED,
                Poller.Progress.UNCHANGED, Poller.Progress.UNCHANGED, Poller.Progress.CHANGED,
                Poller.Progress.FINISHED), retries::add);

        assertEquals(Poller.End.FINISHED, end);
        assertEquals(List.of(2000L, 3000L, 4500L, 6750L, 10125L, 15000L, 15000L, 2000L), sleeper.millis());
    }

    @Test
    void aRetryAfterLongerThanSixtySecondsIsCappedAtSixty() {
        Poller.End end = poller(null).run(script(throttled(3600L), Poller.Progress.FINISHED), retries::add);

        assertEquals(Poller.End.FINISHED, end);
        assertEquals(List.of(60_000L), sleeper.millis());
        assertEquals(Duration.ofSeconds(60), retries.get(0).delay());
    }

    @Test
    void aRetryAfterPastTheDeadlineEndsAtOnceWithoutSleeping() {
        Poller.End end = poller(Duration.ofSeconds(10)).run(script(throttled(30L)), retries::add);

        assertEquals(Poller.End.DEADLINE, end);
        assertEquals(List.of(), sleeper.millis());
        assertTrue(retries.isEmpty());
    }

    @Test
    void noWaitGoesPastTheDeadlineAndNoRoundStartsAfterIt() {
        Poller.End end = poller(Duration.ofSeconds(4)).run(script(Poller.Progress.UNCHANGED), retries::add);

        assertEquals(Poller.End.DEADLINE, end);
        assertEquals(List.of(3000L, 1000L), sleeper.millis(), "4.5s wanted, 1s left");
        assertEquals(2, rounds);
        assertEquals(Instant.parse("2026-11-21T23:50:04Z"), clock.instant());
    }

    @Test
    void aFailureOnceTheDeadlinePassedIsTheDeadlineNotAnError() {
        Poller.Round round = () -> {
            clock.advance(Duration.ofSeconds(5)); // the request used up the time left
            throw ApiException.transport("no answer from 127.0.0.1:1 within 5s", null);
        };

        assertEquals(Poller.End.DEADLINE, poller(Duration.ofSeconds(5)).run(round, retries::add));
    }

    @Test
    void aNonRetryableErrorIsThrownAtOnce() {
        ApiException forbidden = new ApiException(403, "Forbidden.RAM", "not authorized", "req-403", null);

        ApiException thrown = assertThrows(ApiException.class,
                () -> poller(null).run(script(forbidden), retries::add));

        assertEquals(forbidden, thrown);
        assertEquals(1, rounds);
    }

    @Test
    void anOutageShorterThanTheToleranceIsRiddenOut() {
        // About 4 minutes of failures at the cap, then an answer: the watch goes on.
        List<Object> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(throttled(null));
        }
        answers.add(Poller.Progress.FINISHED);
        Poller.End end = poller(null).run(script(answers.toArray()), retries::add);

        assertEquals(Poller.End.FINISHED, end);
        assertEquals(20, retries.size());
    }

    @Test
    void anInterruptedSleepEndsTheLoopWithTheFlagSet() {
        sleeper.interruptOnSleep = 1;

        assertThrows(WatchInterruptedException.class,
                () -> poller(null).run(script(Poller.Progress.UNCHANGED), retries::add));
        assertTrue(Thread.currentThread().isInterrupted());
    }
}
