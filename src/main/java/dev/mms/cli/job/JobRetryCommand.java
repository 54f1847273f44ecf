package dev.mms.cli.job;

import dev.mms.api.MmsClient;
import dev.mms.cli.help.Example;
import picocli.CommandLine.Command;

/** {@code mms job retry}: RetryMmsJob on each job given (see {@link JobActions}). */
@Command(name = "retry", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Rerun the failed tasks of FAILED jobs.", JobActionCommand.IDS_AND_EXIT})
@Example(does = "Retry a failed job and follow it to its end",
        run = "mms job retry 105 --watch")
@Example(does = "Retry every failed job",
        run = "mms job list --status FAILED -o name | mms job retry -")
public final class JobRetryCommand extends JobActionCommand {

    public JobRetryCommand() {
        super("retry", "retried", MmsClient::retryJob);
    }
}
