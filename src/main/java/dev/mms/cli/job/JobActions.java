package dev.mms.cli.job;

import dev.mms.api.ApiException;
import dev.mms.api.MmsClient;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.cli.UsageException;
import dev.mms.cli.options.IdArguments;
import dev.mms.cli.options.WatchFlags;
import dev.mms.watch.WatchResult;
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
        if (watch != null && watch.watch) {
            for (long jobId : accepted) {
                JobFollower follower = JobFollower.forCommand(root, session, spec, watch.interval.policy(), false);
                WatchResult result = follower.followJob(sourceId, jobId);
                code = ExitCodes.worst(code, JobFollower.exitCode(result.outcome()));
            }
        }
        return code;
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
