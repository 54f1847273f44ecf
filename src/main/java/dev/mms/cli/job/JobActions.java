package dev.mms.cli.job;

import dev.mms.api.ApiException;
import dev.mms.api.MmsClient;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.InterruptGuard;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.cli.UsageException;
import dev.mms.cli.options.IdArguments;
import dev.mms.cli.options.WatchFlags;
import dev.mms.run.RunEngine;
import dev.mms.run.RunReport;
import dev.mms.run.Target;
import dev.mms.watch.Poller;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code job retry}, {@code stop} and {@code start} share: one request per job id, a line on stdout for each
 * that the server accepted ({@code job/105 retried}, the same {@code kind/id} as {@code -o name}), a plain error for
 * each it refused (e.g. retrying a DONE job: the server's Job.InvalidStatus message), the other ids still tried, and
 * with {@code --watch} each accepted job followed to its end. The exit code is the worst of them.
 */
final class JobActions {

    /** One job action of the API, e.g. {@code MmsClient::retryJob}. */
    @FunctionalInterface
    interface Action {
        long apply(MmsClient client, long sourceId, long jobId);
    }

    private JobActions() {
    }

    static int run(CommandSpec spec, IdArguments ids, WatchFlags watch, String verb, String done, Action action) {
        MmsCommand root = MmsCommand.of(spec);
        List<Long> jobIds = requireIds(ids, root, verb);
        Session session = root.session(spec);
        long sourceId = session.sourceId(null);
        MmsClient client = session.client();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = ExitCodes.OK;
        List<Long> accepted = new ArrayList<>();
        for (long jobId : jobIds) {
            try {
                action.apply(client, sourceId, jobId);
                out.println("job/" + jobId + " " + done);
                out.flush();
                accepted.add(jobId);
            } catch (ApiException e) {
                code = ExitCodes.worst(code, refused(err, verb, jobId, e));
            }
        }
        if (watch != null && watch.watch && !accepted.isEmpty()) {
            code = ExitCodes.worst(code, follow(spec, root, session, sourceId, accepted, watch));
        }
        return code;
    }

    /** Follows every accepted job at once on the run engine, as {@code job watch} does; returns the run's exit code. */
    private static int follow(CommandSpec spec, MmsCommand root, Session session, long sourceId, List<Long> jobIds,
                              WatchFlags watch) {
        List<Target> targets = jobIds.stream().map(id -> Target.job(sourceId, id)).toList();
        try (RunPresenter presenter = new RunPresenter(root, session, spec, null, false, true);
             InterruptGuard.Armed armed = InterruptGuard.arm()) {
            Poller poller = new Poller(watch.interval.policy(), root.deadline(), root.environment().sleeper());
            RunReport report = new RunEngine(session.client(), poller, root.environment().sleeper(),
                    presenter.listener(), 1).follow(targets);
            return presenter.finish(report);
        }
    }

    /** The ids given (from stdin for {@code -}); none at all is a usage error that says how to give them. */
    static List<Long> requireIds(IdArguments ids, MmsCommand root, String verb) {
        List<Long> jobIds = ids.jobIds(root.environment().stdin());
        if (jobIds.isEmpty()) {
            throw new UsageException("give the id of a job to " + verb + ", e.g. 105 or job/105, or - to read ids from"
                    + " stdin (mms job list -o name prints them)");
        }
        return jobIds;
    }

    /** One refused job in one or two lines, like the root error handler; returns its exit code. */
    static int refused(PrintWriter err, String verb, long jobId, ApiException e) {
        err.println("Error: cannot " + verb + " job/" + jobId + ": " + ExitCodes.describe(e));
        String hint = ExitCodes.hint(e);
        if (hint != null) {
            err.println("  " + hint);
        }
        err.flush();
        return ExitCodes.of(e);
    }
}
