package dev.mms.cli.job;

import picocli.CommandLine.Command;

/** {@code mms job}: the group of migration job commands; holds no logic. */
@Command(name = "job", mixinStandardHelpOptions = true, description = "Create, list and follow migration jobs.",
        subcommands = {JobCreateCommand.class, JobListCommand.class, JobWatchCommand.class, JobValidateCommand.class,
                JobDiffCommand.class})
public final class JobCommand {
}
