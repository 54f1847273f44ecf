package dev.mms.run;

import dev.mms.api.ApiException;
import dev.mms.api.Deadline;
import dev.mms.api.Sleeper;
import dev.mms.watch.PollPolicy;
import dev.mms.watch.Poller;
import dev.mms.watch.WatchInterruptedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * After a CreateMmsJob whose answer was lost (a reset, a timeout, a cut-off body, a 5xx), tells whether the job was
 * created, without sending the request again: the API has no idempotency token, so a second CreateMmsJob could make a
 * duplicate migration job. It looks for the job by its exact name among the jobs that did not exist before the
 * attempt, for up to {@link #WINDOW} (the server shows a job once its creation task finished, which takes seconds).
 * There is no ListMmsAsyncTasks in the API (mms-api.md §1), so a creation task still running cannot be seen.
 */
final class Reconciler {

    /** How long a job that was created may take to show in ListMmsJobs. */
    static final Duration WINDOW = Duration.ofSeconds(60);

    enum Kind { CREATED, NOT_CREATED, UNKNOWN }

    /** What the lookups found; {@code jobIds} are the new jobs of that name (usually one). */
    record Finding(Kind kind, List<Long> jobIds, String why) {
    }

    private final ExistingJobs lookup;
    private final PollPolicy policy;
    private final Deadline deadline;
    private final Sleeper sleeper;
    private final Duration window;

    Reconciler(ExistingJobs lookup, PollPolicy policy, Deadline deadline, Sleeper sleeper, Duration window) {
        this.lookup = lookup;
        this.policy = policy;
        this.deadline = deadline;
        this.sleeper = sleeper;
        this.window = window;
    }

    /** Whether a failed CreateMmsJob may have created the job: anything but a refusal the server made before acting. */
    static boolean mayHaveCreated(ApiException e) {
        if (e instanceof dev.mms.api.DeadlineExceededException) {
            // Out of time: judged by the failure the deadline cut short, if one came before it.
            return !(e.getCause() instanceof ApiException cause) || mayHaveCreated(cause);
        }
        if (e.httpStatus() == 0) {
            return !e.neverReachedServer();
        }
        return e.httpStatus() >= 500;
    }

    /**
     * @param before   the ids of the jobs of that name before the attempt (they are not the one looked for)
     * @param stopping true once the run is interrupted: then it stops looking
     */
    Finding check(long sourceId, String name, List<Long> before, BooleanSupplier stopping) {
        Duration left = deadline.remaining();
        Duration lookFor = left == null || window.compareTo(left) <= 0 ? window : left;
        Deadline until = Deadline.after(deadline.clock(), lookFor);
        PollPolicy looking = new PollPolicy(policy.interval(), policy.maxInterval(), lookFor);
        List<Long> found = new ArrayList<>();
        boolean[] answered = {false};
        boolean[] stopped = {false};
        try {
            new Poller(looking, until, sleeper).run(() -> {
                if (stopping.getAsBoolean()) {
                    stopped[0] = true;
                    return Poller.Progress.FINISHED;
                }
                answered[0] = false;
                List<Long> ids = lookup.named(sourceId, name);
                answered[0] = true;
                ids.stream().filter(id -> !before.contains(id)).forEach(found::add);
                return found.isEmpty() ? Poller.Progress.UNCHANGED : Poller.Progress.FINISHED;
            }, retry -> { });
        } catch (ApiException e) {
            return new Finding(Kind.UNKNOWN, List.of(), "looking it up failed: " + e.getMessage());
        } catch (WatchInterruptedException e) {
            return new Finding(Kind.UNKNOWN, List.of(), "interrupted while looking it up");
        }
        if (!found.isEmpty()) {
            return new Finding(Kind.CREATED, List.copyOf(found), null);
        }
        if (stopped[0]) {
            return new Finding(Kind.UNKNOWN, List.of(), "interrupted while looking it up");
        }
        if (deadline.hasPassed() && lookFor.compareTo(window) < 0) {
            return new Finding(Kind.UNKNOWN, List.of(), "the --timeout deadline came before it could be told");
        }
        if (!answered[0]) {
            return new Finding(Kind.UNKNOWN, List.of(), "the job list could not be read");
        }
        return new Finding(Kind.NOT_CREATED, List.of(), "no job of that name appeared within "
                + window.toSeconds() + "s");
    }
}
