package dev.mms.cli.job;

import dev.mms.cli.Subcommands;
import dev.mms.cli.help.Example;
import picocli.CommandLine.Command;

/** {@code mms job}: the group of migration job commands; holds no logic. */
@Subcommands({JobCreateCommand.class, JobListCommand.class, JobWatchCommand.class, JobValidateCommand.class,
        JobPlanCommand.class, JobDiffCommand.class, JobApplyCommand.class, JobGetCommand.class, JobTasksCommand.class,
        JobRetryCommand.class, JobStopCommand.class, JobStartCommand.class, JobDeleteCommand.class})
@Command(name = "job", mixinStandardHelpOptions = true, description = "Create, list and follow migration jobs.")
@Example(does = "Create the jobs of a directory of specs and follow them to their end",
        run = "mms job create -f specs/ --watch --timeout 2h")
@Example(does = "List the failed jobs of one source database",
        run = "mms job list --status FAILED --src-db sales")
public final class JobCommand {
}
