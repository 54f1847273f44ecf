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

/** {@code mms job start}: StartMmsJob on each job given (see {@link JobActions}). */
@Command(name = "start", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start (resume) stopped jobs.",
                "Ids as 105 or job/105, or - to read them from stdin. With --watch: exit 0 when every job is DONE,"
                        + " 5 when one FAILED, 6 at the --timeout deadline."})
@Example(does = "Resume a stopped job and follow it",
        run = "mms job start 105 --watch")
@Example(does = "Resume two jobs",
        run = "mms job start job/105 job/106")
public final class JobStartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IdArguments ids;

    @Mixin
    WatchFlags watch;

    @Override
    public Integer call() {
        return JobActions.run(spec, ids, watch, "start", "started", MmsClient::startJob);
    }
}
