package dev.mms.cli.job;

import dev.mms.cli.help.Example;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.cli.UsageException;
import dev.mms.cli.options.IntervalFlag;
import dev.mms.cli.options.NdjsonFlag;
import dev.mms.watch.WatchResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mms job watch}: resumes following a job, or the async task that creates one, until it ends. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Follow a job (or the async task creating it) until DONE or FAILED.",
                "Exit 0 when DONE, 5 when FAILED, 6 at the --timeout deadline."})
@Example(does = "Follow job 42 again (e.g. after Ctrl-C)",
        run = "mms job watch 42")
@Example(does = "Give up after ten minutes (exit 6)",
        run = "mms job watch 42 --timeout 10m")
public final class JobWatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "JOB_ID", description = "The job to follow.")
    Long jobId;

    @Option(names = "--async-task", paramLabel = "ID", description = "Follow this creation task, then the job it creates.")
    Long asyncTaskId;

    @Mixin
    IntervalFlag interval;

    @Mixin
    NdjsonFlag output;

    @Override
    public Integer call() {
        if ((jobId == null) == (asyncTaskId == null)) {
            throw new UsageException("give either a JOB_ID or --async-task ID");
        }
        boolean json = output.json();
        MmsCommand root = MmsCommand.of(spec);
        Session session = root.session(spec);
        long sourceId = session.sourceId(null);
        JobFollower follower = JobFollower.forCommand(root, session, spec, interval.policy(), json);
        WatchResult result = jobId != null ? follower.followJob(sourceId, jobId)
                : follower.followCreation(sourceId, asyncTaskId);
        return JobFollower.exitCode(result.outcome());
    }
}
