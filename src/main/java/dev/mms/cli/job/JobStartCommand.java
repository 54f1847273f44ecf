package dev.mms.cli.job;

import dev.mms.api.MmsClient;
import dev.mms.cli.help.Example;
import picocli.CommandLine.Command;

/** {@code mms job start}: StartMmsJob on each job given (see {@link JobActions}). */
@Command(name = "start", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start (resume) stopped jobs.", JobActionCommand.IDS_AND_EXIT})
@Example(does = "Resume a stopped job and follow it",
        run = "mms job start 105 --watch")
@Example(does = "Resume two jobs",
        run = "mms job start job/105 job/106")
public final class JobStartCommand extends JobActionCommand {

    public JobStartCommand() {
        super("start", "started", MmsClient::startJob);
    }
}
