package dev.mms.cli.job;

import dev.mms.api.MmsClient;
import dev.mms.cli.help.Example;
import picocli.CommandLine.Command;

/** {@code mms job stop}: StopMmsJob on each job given (see {@link JobActions}). */
@Command(name = "stop", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Stop running jobs (start resumes them).", JobActionCommand.IDS_AND_EXIT})
@Example(does = "Stop a job",
        run = "mms job stop 105")
@Example(does = "Stop every running job",
        run = "mms job list --status DOING -o name | mms job stop -")
public final class JobStopCommand extends JobActionCommand {

    public JobStopCommand() {
        super("stop", "stopped", MmsClient::stopJob);
    }
}
