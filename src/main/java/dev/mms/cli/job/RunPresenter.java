package dev.mms.cli.job;

import dev.mms.api.ApiException;
import dev.mms.cli.CliEnvironment;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.cli.options.OutputFlags;
import dev.mms.jobs.CreateOutcome;
import dev.mms.jobs.FailedTasks;
import dev.mms.render.ItemWriter;
import dev.mms.render.OutputFormat;
import dev.mms.render.RenderOptions;
import dev.mms.render.Views;
import dev.mms.run.RunReport;
import dev.mms.watch.JobState;
import dev.mms.watch.RunEvent;
import dev.mms.watch.RunLineView;
import dev.mms.watch.RunListener;
import dev.mms.watch.RunLiveView;
import dev.mms.watch.RunNdjsonView;
import dev.mms.watch.RunText;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Shows a run of the {@link dev.mms.run.RunEngine} for a command: the progress view on stderr (a live block on a
 * terminal, a line per change otherwise, nothing with -q) or NDJSON on stdout (-o json with --watch); the outcome
 * of each spec on stdout, written as soon as it is known by the streaming formats (json, yaml, csv, tsv, name) and
 * all at the end by the table; then the errors, and after a timeout or an interrupt every id still going and the one
 * command that resumes them. The exit code is the worst outcome (DESIGN.md §2).
 */
final class RunPresenter implements AutoCloseable {

    private final MmsCommand root;
    private final CliEnvironment environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private final RunListener progress;
    private final RunLiveView live;
    private final RunNdjsonView ndjson;
    private final ItemWriter<CreateOutcome> outcomes;
    private final boolean streamOutcomes;
    private final Set<Integer> written = new HashSet<>();
    private final Map<Integer, FailedTasks.Report> failedTasks = new HashMap<>();
    private final Session.Routed routed;
    private final dev.mms.api.MmsClient client;

    /**
     * @param outcomeOptions how the row of each spec goes to stdout (job create); null for none (job watch)
     * @param ndjson         -o json of a command that follows: the progress itself is the output, as NDJSON
     * @param showProgress   whether a progress view runs when stderr is not a terminal (a log line per change)
     */
    RunPresenter(MmsCommand root, Session session, CommandSpec spec, RenderOptions outcomeOptions, boolean ndjson,
                 boolean showProgress) {
        this.root = root;
        this.client = session.client();
        this.environment = root.environment();
        this.out = spec.commandLine().getOut();
        this.err = spec.commandLine().getErr();
        PrintWriter notices = root.quiet() ? new PrintWriter(Writer.nullWriter()) : err;
        boolean ndjsonOut = ndjson && (outcomeOptions == null || outcomeOptions.format() == OutputFormat.JSON);
        this.ndjson = ndjsonOut ? new RunNdjsonView(out, notices, environment.clock()) : null;
        this.outcomes = outcomeOptions != null && !ndjsonOut
                ? OutputFlags.open(Views.creations(), outcomeOptions, out) : null;
        this.streamOutcomes = outcomeOptions != null && outcomeOptions.format() != OutputFormat.TABLE
                && outcomeOptions.format() != OutputFormat.WIDE;
        boolean liveTerminal = environment.stderr().redraws();
        if (this.ndjson != null) {
            this.live = null;
            this.progress = this.ndjson;
        } else if (root.quiet()) {
            this.live = null;
            this.progress = RunListener.none();
        } else if (liveTerminal) {
            this.live = new RunLiveView(err, new FreshWidth(environment), environment.clock());
            this.progress = live;
        } else {
            this.live = null;
            this.progress = showProgress ? new RunLineView(err, environment.clock()) : RunListener.none();
        }
        RunListener view = progress;
        this.routed = session.routeNotices(text -> view.onEvent(new RunEvent.Notice(text)));
        if (progress == RunListener.none() || root.quiet()) {
            routed.close(); // nothing owns stderr: notices go there as usual
        }
    }

    /**
     * The width of stderr's terminal, read again at most once a second while a live view runs, so that the view
     * follows a resize (a {@code stty size} costs a few milliseconds; {@code COLUMNS} pins it).
     */
    private static final class FreshWidth implements java.util.function.IntSupplier {
        private final CliEnvironment environment;
        private final java.time.Clock clock;
        private java.time.Instant readAt;
        private int width;

        FreshWidth(CliEnvironment environment) {
            this.environment = environment;
            this.clock = environment.clock();
        }

        @Override
        public synchronized int getAsInt() {
            java.time.Instant now = clock.instant();
            if (readAt == null || Duration.between(readAt, now).compareTo(Duration.ofSeconds(1)) >= 0) {
                width = environment.stderr().width();
                readAt = now;
            }
            return width;
        }
    }

    /** Hears the engine: feeds the view and writes each outcome the moment it is settled. */
    RunListener listener() {
        return e -> {
            progress.onEvent(e);
            if (e instanceof RunEvent.Settled s && outcomes != null && streamOutcomes) {
                write(s.state());
            }
        };
    }

    private synchronized void write(JobState s) {
        if (written.add(s.index())) {
            outcomes.write(CreateOutcome.of(s));
        }
    }

    /** Writes what is left, the errors and the resume command; returns the exit code of the run. */
    int finish(RunReport report) {
        return finish(report, false);
    }

    /**
     * As {@link #finish(RunReport)}; with {@code failedTasksForReports} the failed tasks of a FAILED job are read even
     * when nothing is shown (--quiet), for the CI reports ({@link #failedTasks}).
     */
    int finish(RunReport report, boolean failedTasksForReports) {
        if (live != null) {
            live.finish();
        }
        routed.close();
        for (JobState s : report.states()) {
            if (outcomes != null && (!streamOutcomes || !written.contains(s.index()))) {
                write(s);
            }
            if (ndjson != null && !s.ended()) {
                ndjson.pending(s);
            }
        }
        if (outcomes != null) {
            outcomes.close();
        }
        out.flush();
        PrintWriter ndjsonOut = ndjson != null ? out : null;
        PrintWriter notices = root.quiet() ? null : err;
        for (JobState s : report.states()) {
            boolean wanted = ndjsonOut != null || notices != null || failedTasksForReports;
            if (wanted && s.ended() && s.jobId() != null && s.jobFailed()) {
                // A job that failed explains itself: its failed tasks and how to go on.
                FailedTasks.Report tasks = FailedJobNotice.fetch(client, s.sourceId(), s.jobId(), notices);
                if (tasks != null) {
                    failedTasks.put(s.index(), tasks);
                    FailedJobNotice.print(tasks, s.sourceId(), ndjsonOut, notices, environment.clock());
                }
            }
        }
        int exit = ExitCodes.OK;
        String hint = null;
        for (JobState s : report.states()) {
            int code = exitCode(s);
            exit = ExitCodes.worst(exit, code);
            boolean jobFailed = code == ExitCodes.FAILED && s.result() != JobState.Result.NOT_CREATED;
            if (code != ExitCodes.OK && !jobFailed) { // a job that FAILED was shown by the view when it happened
                err.println("Error: " + where(s) + ": " + errorText(s));
                boolean safeToRetry = s.result() == JobState.Result.FAILED || s.result() == JobState.Result.WATCHED;
                if (safeToRetry && hint == null && s.error() != null) {
                    hint = ExitCodes.hint(s.error());
                }
            }
        }
        if (hint != null) {
            err.println("  " + hint);
        }
        if (report.ending() != RunReport.Ending.COMPLETED) {
            exit = report.ending() == RunReport.Ending.INTERRUPTED ? ExitCodes.INTERRUPTED
                    : ExitCodes.worst(exit, ExitCodes.TIMED_OUT);
            stopped(report);
        }
        err.flush();
        return exit;
    }

    private void stopped(RunReport report) {
        Duration timeout = root.deadline().timeout();
        String why = report.ending() == RunReport.Ending.INTERRUPTED ? "Interrupted"
                : "Error: timed out" + (timeout == null ? "" : " after " + RunText.elapsed(timeout));
        long notSent = report.states().stream().filter(s -> s.result() == JobState.Result.NOT_SENT).count();
        String unsent = notSent == 0 ? "" : "; " + notSent + (notSent == 1 ? " spec was" : " specs were") + " not sent";
        Map<Long, RunReport.Pending> pending = report.pending();
        if (pending.isEmpty()) {
            err.println(why + unsent + ".");
            return;
        }
        int count = pending.values().stream().mapToInt(p -> p.jobIds().size() + p.asyncTaskIds().size()).sum();
        err.println(why + unsent + "; " + count + (count == 1 ? " job keeps" : " jobs keep")
                + " going on the server. Resume watching with:");
        for (Map.Entry<Long, RunReport.Pending> e : pending.entrySet()) {
            err.println("  " + ResumeCommand.of(root, e.getKey(), e.getValue()));
        }
    }

    private static String where(JobState s) {
        return s.file() != null ? s.file() : RunText.id(s);
    }

    private static String errorText(JobState s) {
        if (s.result() == JobState.Result.FAILED && s.error() != null) {
            return "not created: " + ExitCodes.describe(s.error());
        }
        if (s.error() != null && s.message() != null && s.message().equals(s.error().getMessage())) {
            return ExitCodes.describe(s.error());
        }
        return s.message();
    }

    /** The failed tasks read by {@link #finish} for each job that ended FAILED, by the index of its spec. */
    Map<Integer, FailedTasks.Report> failedTasks() {
        return Map.copyOf(failedTasks);
    }

    /** The exit code of a watch that ends DONE, FAILED or at the deadline (job tasks --watch). */
    static int exitCode(dev.mms.watch.WatchOutcome outcome) {
        return switch (outcome) {
            case DONE -> ExitCodes.OK;
            case FAILED -> ExitCodes.FAILED;
            case TIMED_OUT -> ExitCodes.TIMED_OUT;
        };
    }

    /** The exit code one job's end gives (DESIGN.md §2); a run's is the worst of them. */
    static int exitCode(JobState s) {
        ApiException error = s.error();
        if (s.result() == JobState.Result.UNKNOWN) {
            return ExitCodes.API_ERROR;
        }
        if (s.result() == JobState.Result.FAILED || s.result() == JobState.Result.NOT_CREATED) {
            return error != null ? ExitCodes.of(error) : ExitCodes.FAILED;
        }
        if (error != null) {
            return ExitCodes.of(error);
        }
        return "FAILED".equals(s.status()) && s.jobId() != null ? ExitCodes.FAILED : ExitCodes.OK;
    }

    @Override
    public void close() {
        routed.close();
    }
}
