package dev.mms.run;

import dev.mms.api.ApiException;
import dev.mms.api.AsyncTask;
import dev.mms.api.Job;
import dev.mms.api.MmsClient;
import dev.mms.jobs.PlannedJob;
import dev.mms.watch.JobState;
import dev.mms.watch.JobState.Phase;
import dev.mms.watch.JobState.Result;
import dev.mms.watch.Poller;
import dev.mms.watch.RunEvent;
import dev.mms.watch.RunListener;
import dev.mms.watch.WatchInterruptedException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs many jobs at once under the invocation's one deadline: sends the creations a few at a time, then follows every
 * creation task and job together in rounds of the shared {@link Poller}. It never sends a CreateMmsJob twice: a
 * creation whose answer was lost is settled by looking the job up by name ({@link Reconciler}). Every change goes to
 * the {@link RunListener} as it happens, so a failure shows when it happens and every id reaches the user, also when
 * the run is interrupted (the thread's interrupt, as Ctrl-C or SIGTERM gives it) or runs out of time.
 * <p>Used by {@code job create} ({@link #run}) and {@code job watch} ({@link #follow}); made to be reused by the
 * lifecycle commands' {@code --watch} and by {@code job apply}.
 */
public final class RunEngine {

    /** How long in-flight creations may finish after an interrupt before they are reported as unknown. */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final MmsClient client;
    private final Poller poller;
    private final RunListener listener;
    private final int concurrency;
    private final Reconciler reconciler;
    private final ExistingJobs lookup;
    private final Clock clock;
    private volatile boolean stopping;

    public RunEngine(MmsClient client, Poller poller, dev.mms.api.Sleeper sleeper, RunListener listener,
                     int concurrency) {
        this(client, poller, sleeper, listener, concurrency, Reconciler.WINDOW);
    }

    /**
     * @param lostAnswerWindow how long a job whose CreateMmsJob answer was lost is looked for by name before it is
     *                         reported as not created
     */
    public RunEngine(MmsClient client, Poller poller, dev.mms.api.Sleeper sleeper, RunListener listener,
                     int concurrency, Duration lostAnswerWindow) {
        this(client, poller, listener, concurrency, new Reconciler(new ExistingJobs(client), poller.policy(),
                poller.deadline(), sleeper, lostAnswerWindow));
    }

    /** The default of {@code lostAnswerWindow}. */
    public static Duration defaultLostAnswerWindow() {
        return Reconciler.WINDOW;
    }

    RunEngine(MmsClient client, Poller poller, RunListener listener, int concurrency, Reconciler reconciler) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        this.client = client;
        this.poller = poller;
        this.listener = listener;
        this.concurrency = concurrency;
        this.reconciler = reconciler;
        this.lookup = new ExistingJobs(client);
        this.clock = poller.deadline().clock();
    }

    /** Sends every spec (at most {@code concurrency} at a time), then takes each as far as {@code options} says. */
    public RunReport run(List<PlannedJob> specs, RunOptions options) {
        List<Followed> all = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            PlannedJob spec = specs.get(i);
            all.add(Followed.ofSpec(i, spec.origin(), spec.spec().name(), spec.spec().sourceId()));
        }
        RunReport.Ending ending = send(specs, all, options);
        if (ending == RunReport.Ending.COMPLETED && options.mode() != RunOptions.Mode.SUBMIT) {
            ending = follow(all, options.mode() == RunOptions.Mode.WATCH);
        }
        return report(all, ending);
    }

    /** Follows existing jobs and creation tasks together until each ends (a creation task: then its job). */
    public RunReport follow(List<Target> targets) {
        List<Followed> all = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Followed f = Followed.ofTarget(i, targets.get(i), clock.instant());
            all.add(f);
            emit(new RunEvent.Changed(f.state()));
        }
        return report(all, follow(all, true));
    }

    private RunReport report(List<Followed> all, RunReport.Ending ending) {
        if (ending != RunReport.Ending.COMPLETED) {
            // The run stops here: a job still pending or sending will never be sent by it.
            for (Followed f : all) {
                JobState s = f.state();
                if (s.phase() == Phase.PENDING) {
                    settle(f.ended(Result.NOT_SENT, null, ending == RunReport.Ending.INTERRUPTED
                            ? "not sent: interrupted" : "not sent: the deadline came first", null, clock.instant()));
                }
            }
        }
        emit(new RunEvent.Tick());
        return new RunReport(all.stream().map(Followed::state).toList(), ending);
    }

    // ---- sending ----

    private RunReport.Ending send(List<PlannedJob> specs, List<Followed> all, RunOptions options) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, Math.max(1, specs.size())), r -> {
            Thread t = new Thread(r, "mms-create");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            PlannedJob spec = specs.get(i);
            Followed f = all.get(i);
            sent.add(pool.submit(() -> {
                try {
                    sendOne(spec, f, options);
                } finally {
                    emit(new RunEvent.Tick());
                }
            }));
        }
        pool.shutdown();
        try {
            for (Future<?> f : sent) {
                f.get();
            }
        } catch (InterruptedException e) {
            stopping = true;
            awaitInFlight(pool, all);
            return RunReport.Ending.INTERRUPTED;
        } catch (java.util.concurrent.ExecutionException e) {
            stopping = true;
            throw new IllegalStateException("sending a job failed unexpectedly", e.getCause());
        }
        boolean unsent = all.stream().anyMatch(f -> f.state().phase() == Phase.PENDING
                || f.state().result() == Result.NOT_SENT);
        return unsent ? RunReport.Ending.TIMED_OUT : RunReport.Ending.COMPLETED;
    }

    /** After an interrupt: no new sends; those in flight get a few seconds to bring back their async task ids. */
    private void awaitInFlight(ExecutorService pool, List<Followed> all) {
        try {
            pool.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException again) {
            // a second interrupt: report at once
        }
        for (Followed f : all) {
            JobState s = f.state();
            if (s.phase() == Phase.SENDING || s.phase() == Phase.CHECKING) {
                settle(f.ended(Result.UNKNOWN, null, "interrupted while CreateMmsJob was in flight: "
                        + checkHint(s.sourceId(), s.name()), null, clock.instant()));
            }
        }
    }

    private void sendOne(PlannedJob spec, Followed f, RunOptions options) {
        long sourceId = spec.spec().sourceId();
        String name = spec.spec().name();
        if (stopping) {
            return; // reported as not sent
        }
        if (poller.deadline().hasPassed()) {
            return;
        }
        change(f.sending(clock.instant()));
        List<Long> before;
        try {
            before = existing(sourceId, name);
        } catch (ApiException e) {
            settle(f.ended(Result.FAILED, null, "nothing was sent: the jobs named '" + name
                    + "' could not be listed first: " + e.getMessage(), e, clock.instant()));
            return;
        } catch (WatchInterruptedException e) {
            settle(f.ended(Result.NOT_SENT, null, "not sent: interrupted", null, clock.instant()));
            return;
        }
        if (before == null) {
            settle(f.ended(Result.NOT_SENT, null, "not sent: the deadline came first", null, clock.instant()));
            return;
        }
        if (options.ifNotExists() && !before.isEmpty()) {
            long newest = before.get(before.size() - 1);
            String message = before.size() == 1 ? "a job named '" + name + "' already exists"
                    : before.size() + " jobs named '" + name + "' already exist: " + ids(before);
            JobState s = f.created(Result.UNCHANGED, newest, null, message,
                    options.mode() != RunOptions.Mode.WATCH, clock.instant());
            publish(s);
            return;
        }
        if (stopping) {
            settle(f.ended(Result.NOT_SENT, null, "not sent: interrupted", null, clock.instant()));
            return;
        }
        long asyncTaskId;
        try {
            asyncTaskId = client.createJob(sourceId, spec.spec());
        } catch (ApiException e) {
            if (!Reconciler.mayHaveCreated(e)) {
                settle(f.ended(Result.FAILED, null, "not created: " + e.getMessage(), e, clock.instant()));
            } else {
                reconcile(f, sourceId, name, before, e, options);
            }
            return;
        }
        publish(f.submitted(asyncTaskId, options.mode() == RunOptions.Mode.SUBMIT, clock.instant()));
    }

    /**
     * The ids of the jobs of that exact name, read before sending (what --if-not-exists skips, and what the check
     * after a lost answer must not mistake for the new job); transient failures are ridden out as by every poll.
     * Null when the deadline came first.
     */
    private List<Long> existing(long sourceId, String name) {
        List<List<Long>> found = new ArrayList<>();
        Poller.End end = poller.run(() -> {
            if (stopping) {
                throw new WatchInterruptedException(null);
            }
            found.add(lookup.named(sourceId, name));
            return Poller.Progress.FINISHED;
        }, retry -> { });
        return end == Poller.End.FINISHED ? found.get(0) : null;
    }

    private void reconcile(Followed f, long sourceId, String name, List<Long> before, ApiException failure,
                           RunOptions options) {
        String lost = "the answer to CreateMmsJob was lost (" + failure.getMessage() + ")";
        change(f.checking(lost + "; looking for a job named '" + name + "'"));
        Reconciler.Finding finding = reconciler.check(sourceId, name, before, () -> stopping);
        switch (finding.kind()) {
            case CREATED -> {
                long jobId = finding.jobIds().get(0);
                String also = finding.jobIds().size() > 1 ? " (jobs " + ids(finding.jobIds()) + " of that name are new)"
                        : "";
                publish(f.created(Result.CREATED, jobId, null, lost + ", but job " + jobId + " of that name exists now:"
                        + " it was created" + also, options.mode() != RunOptions.Mode.WATCH, clock.instant()));
            }
            case NOT_CREATED -> settle(f.ended(Result.NOT_CREATED, null, lost + " and " + finding.why()
                    + ": it was not created; safe to run again", failure, clock.instant()));
            case UNKNOWN -> settle(f.ended(Result.UNKNOWN, null, lost + " and whether it was created cannot be told ("
                    + finding.why() + "): " + checkHint(sourceId, name), failure, clock.instant()));
        }
    }

    static String checkHint(long sourceId, String name) {
        return "check with 'mms job list --name " + name + " --source-id " + sourceId
                + "' before sending it again";
    }

    // ---- following ----

    private RunReport.Ending follow(List<Followed> all, boolean jobsToo) {
        List<Followed> active = new ArrayList<>();
        for (Followed f : all) {
            JobState s = f.state();
            if (s.phase() == Phase.CREATING || (s.phase() == Phase.RUNNING && jobsToo)) {
                active.add(f);
            } else if (s.phase() == Phase.RUNNING) {
                settle(f.ended(null, null, s.message(), null, clock.instant()));
            }
        }
        if (active.isEmpty()) {
            return RunReport.Ending.COMPLETED;
        }
        try {
            Poller.End end = poller.run(() -> round(active, jobsToo), retry -> {
                emit(new RunEvent.Retrying(retry.reason(), retry.delay()));
                emit(new RunEvent.Tick());
            });
            return end == Poller.End.FINISHED ? RunReport.Ending.COMPLETED : RunReport.Ending.TIMED_OUT;
        } catch (WatchInterruptedException e) {
            Thread.interrupted();
            return RunReport.Ending.INTERRUPTED;
        } catch (ApiException e) {
            // An outage longer than the poller rides out: every job still followed ends with it.
            for (Followed f : active) {
                if (!f.state().ended()) {
                    settle(f.ended(null, null, "lost contact: " + e.getMessage(), e, clock.instant()));
                }
            }
            return RunReport.Ending.COMPLETED;
        }
    }

    /** One poll of every job still followed; a transient failure of any is raised once the others were polled. */
    private Poller.Progress round(List<Followed> active, boolean jobsToo) {
        boolean changed = false;
        ApiException transientFailure = null;
        for (Followed f : active) {
            if (f.state().ended()) {
                continue;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new WatchInterruptedException(null);
            }
            if (poller.deadline().hasPassed()) {
                break;
            }
            try {
                changed |= poll(f, jobsToo);
            } catch (ApiException e) {
                if (e.getCause() instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
                    throw new WatchInterruptedException(e);
                }
                if (e.category() == ApiException.Category.TIMED_OUT) {
                    throw e; // the deadline: the poller ends the run there
                }
                if (e.isRetryable()) {
                    transientFailure = transientFailure == null ? e : transientFailure;
                } else {
                    settle(f.ended(null, null, e.getMessage(), e, clock.instant()));
                    changed = true;
                }
            }
        }
        emit(new RunEvent.Tick());
        if (active.stream().allMatch(f -> f.state().ended())) {
            return Poller.Progress.FINISHED;
        }
        if (transientFailure != null) {
            throw transientFailure;
        }
        return changed ? Poller.Progress.CHANGED : Poller.Progress.UNCHANGED;
    }

    /** Polls one job (or its creation task, then at once the job it made); true when anything changed. */
    private boolean poll(Followed f, boolean jobsToo) {
        JobState s = f.state();
        boolean changed = false;
        if (s.jobId() == null) {
            AsyncTask task = client.getAsyncTask(s.sourceId(), s.asyncTaskId());
            JobState update = f.task(task);
            if (update != null && !task.isFinished()) {
                change(update);
                changed = true;
            }
            if (!task.isFinished()) {
                return changed;
            }
            if (!"DONE".equals(task.status()) || task.objectId() == null) {
                String error = errorMessage(task);
                settle(f.ended(Result.NOT_CREATED, task.status(), "async task " + task.id() + " " + task.status()
                        + ": the job was not created" + (error == null ? "" : ": " + error), null, clock.instant()));
                return true;
            }
            Result result = s.result() == Result.WATCHED ? Result.WATCHED : Result.CREATED;
            JobState created = f.created(result, task.objectId(), null, null, !jobsToo, clock.instant());
            publish(created);
            if (!jobsToo) {
                return true;
            }
            changed = true;
        }
        s = f.state();
        Job job = client.getJob(s.sourceId(), s.jobId());
        boolean ends = job.isFinished();
        JobState update = f.job(job, ends, null, clock.instant());
        if (update != null) {
            publish(update);
            changed = true;
        }
        return changed;
    }

    /** The async task's error message; the API documents the literal string "null" for none (mms-api.md §1.1). */
    private static String errorMessage(AsyncTask task) {
        String msg = task.errorMsg();
        return msg == null || msg.isBlank() || msg.strip().equals("null") ? null : msg.strip();
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private void publish(JobState s) {
        if (s.ended()) {
            settle(s);
        } else {
            change(s);
        }
    }

    private void change(JobState s) {
        emit(new RunEvent.Changed(s));
    }

    private void settle(JobState s) {
        emit(new RunEvent.Settled(s));
    }

    private void emit(RunEvent e) {
        listener.onEvent(e);
    }
}
