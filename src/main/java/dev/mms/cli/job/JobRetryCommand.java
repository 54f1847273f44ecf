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

/** {@code mms job retry}: RetryMmsJob on each job given (see {@link JobActions}). */
@Command(name = "retry", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Rerun the failed tasks of FAILED jobs.",
                "Ids as 105 or job/105, or - to read them from stdin. With --watch: exit 0 when every job is DONE,"
                        + " 5 when one FAILED, 6 at the --timeout deadline."})
@Example(does = "Retry a failed job and follow it to its end",
        run = "mms job retry 105 --watch")
@Example(does = "Retry every failed job",
        run = "mms job list --status FAILED -o name | mms job retry -")
public final class JobRetryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IdArguments ids;

    @Mixin
    WatchFlags watch;

    @Override
    public Integer call() {
        return JobActions.run(spec, ids, watch, "retry", "retried", MmsClient::retryJob);
    }
}
