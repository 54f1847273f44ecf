package dev.mms.cli.task;

import dev.mms.cli.Subcommands;
import dev.mms.cli.help.Example;
import picocli.CommandLine.Command;

/** {@code mms task}: the group of migration task commands; holds no logic. */
@Subcommands({TaskGetCommand.class, TaskLogsCommand.class})
@Command(name = "task", mixinStandardHelpOptions = true,
        description = "Show a migration task (one table or partition of a job) and its logs.")
@Example(does = "A task's status, times and error",
        run = "mms task get 1050008")
@Example(does = "What the task did, step by step",
        run = "mms task logs 1050008")
public final class TaskCommand {
}
