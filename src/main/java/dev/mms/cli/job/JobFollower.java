package dev.mms.cli.job;

import dev.mms.api.MmsClient;
import dev.mms.cli.CliEnvironment;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.render.Terminal;
import picocli.CommandLine.Model.CommandSpec;
import dev.mms.watch.JobWatcher;
import dev.mms.watch.LineProgressView;
import dev.mms.watch.LiveProgressView;
import dev.mms.watch.NdjsonProgressView;
import dev.mms.watch.ProgressView;
import dev.mms.watch.WatchEvent;
import dev.mms.watch.PollPolicy;
import dev.mms.watch.Poller;
import dev.mms.api.Deadline;
import dev.mms.watch.WatchOutcome;
import dev.mms.watch.WatchResult;
import java.io.PrintWriter;

/**
 * Follows a creation or a job for {@code job create --watch} and {@code job watch}: picks the view (live block on a
 * terminal, a line per change otherwise, NDJSON on stdout with -o json), and on Ctrl-C says how to resume.
 */
final class JobFollower {

    private final MmsClient client;
    private final CliEnvironment environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private final PollPolicy policy;
    private final Deadline deadline;
    private final boolean json;
    private final boolean quiet;
    private final int terminalWidth;
    private volatile String resumeHint;

    JobFollower(MmsClient client, CliEnvironment environment, PrintWriter out, PrintWriter err, PollPolicy policy,
                Deadline deadline, boolean json, boolean quiet, int terminalWidth) {
        this.client = client;
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.policy = policy;
        this.deadline = deadline;
        this.json = json;
        this.quiet = quiet;
        this.terminalWidth = terminalWidth;
    }

    /** A follower for a command: its streams, the global --quiet and --timeout, the terminal's width. */
    static JobFollower forCommand(MmsCommand root, Session session, CommandSpec spec, PollPolicy policy, boolean json) {
        CliEnvironment environment = root.environment();
        int width = Terminal.detect(environment.env(), environment.stderrIsTerminal()).width();
        return new JobFollower(session.client(), environment, spec.commandLine().getOut(), spec.commandLine().getErr(),
                policy, root.deadline(), json, root.quiet(), width == 0 ? 80 : width);
    }

    WatchResult followCreation(long sourceId, long asyncTaskId) {
        resumeHint = "mms job watch --async-task " + asyncTaskId + " --source-id " + sourceId;
        return follow(sourceId, (watcher, view) -> watcher.followCreation(sourceId, asyncTaskId, view));
    }

    WatchResult followJob(long sourceId, long jobId) {
        resumeHint = "mms job watch " + jobId + " --source-id " + sourceId;
        return follow(sourceId, (watcher, view) -> watcher.followJob(sourceId, jobId, view));
    }

    static int exitCode(WatchOutcome outcome) {
        return switch (outcome) {
            case DONE -> ExitCodes.OK;
            case FAILED -> ExitCodes.FAILED;
            case TIMED_OUT -> ExitCodes.TIMED_OUT;
        };
    }

    private interface Run {
        WatchResult run(JobWatcher watcher, ProgressView view);
    }

    private WatchResult follow(long sourceId, Run run) {
        ProgressView view = view();
        ProgressView tracking = new ProgressView() {
            @Override
            public void onEvent(WatchEvent e) {
                if (e instanceof WatchEvent.JobUpdate u && u.job().id() != null) {
                    resumeHint = "mms job watch " + u.job().id() + " --source-id " + sourceId;
                }
                view.onEvent(e);
            }

            @Override
            public void finish(WatchResult result) {
                view.finish(result);
            }
        };
        Thread onCtrlC = new Thread(() -> {
            err.println();
            err.println("Interrupted. The job keeps running; resume watching with: " + resumeHint);
            err.flush();
        }, "mms-interrupt");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            JobWatcher watcher = new JobWatcher(client, new Poller(policy, deadline, environment.sleeper()));
            WatchResult result = run.run(watcher, tracking);
            tracking.finish(result);
            if (result.outcome() == WatchOutcome.FAILED && result.jobId() != null && result.lastJob() != null) {
                FailedJobNotice.print(client, sourceId, result.jobId(), json ? out : null, quiet ? null : err,
                        environment.clock());
            }
            return result;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already exiting (Ctrl-C): the hook runs and prints the resume hint.
            }
        }
    }

    private ProgressView view() {
        if (json) {
            return new NdjsonProgressView(out, quiet ? new PrintWriter(java.io.Writer.nullWriter()) : err, environment.clock());
        }
        if (quiet) {
            return new ProgressView() {
                @Override
                public void onEvent(WatchEvent e) {
                }

                @Override
                public void finish(WatchResult result) {
                }
            };
        }
        if (environment.stderr().redraws()) {
            return new LiveProgressView(err, terminalWidth);
        }
        return new LineProgressView(err, environment.clock());
    }
}
