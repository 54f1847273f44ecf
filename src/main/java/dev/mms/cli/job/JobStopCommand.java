package dev.mms.cli.job;

import dev.mms.api.MmsClient;
import dev.mms.cli.help.Example;
import dev.mms.cli.options.IdArguments;
import dev.mms.cli.options.WatchFlags;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mms job stop}: StopMmsJob on each job given (see {@link JobActions}). */
@Command(name = "stop", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Stop running jobs (start resumes them).",
                "Ids as 105 or job/105, or - to read them from stdin. With --watch: exit 0 when every job is DONE,"
                        + " 5 when one FAILED, 6 at the --timeout deadline."})
@Example(does = "Stop a job",
        run = "mms job stop 105")
@Example(does = "Stop every running job",
        run = "mms job list --status DOING -o name | mms job stop -")
public final class JobStopCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IdArguments ids;

    @Mixin
    WatchFlags watch;

    @Override
    public Integer call() {
        return JobActions.run(spec, ids, watch, "stop", "stopped", MmsClient::stopJob);
    }
}
