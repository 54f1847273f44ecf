package dev.mms.cli.task;

import dev.mms.api.MmsClient;
import dev.mms.api.Task;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.cli.help.Example;
import dev.mms.cli.options.OutputFlags;
import dev.mms.jobs.FailedTasks;
import dev.mms.render.RenderOptions;
import dev.mms.render.OutputFormat;
import dev.mms.render.TaskDetail;
import dev.mms.render.Views;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mms task get}: GetMmsTask. For people a description, with the error from the task's logs when it failed;
 * {@code -o json|yaml} the server's object unchanged; wide, csv, tsv and name the row of {@code job tasks}.
 */
@Command(name = "get", aliases = "describe", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show a migration task: table, partition, status, phase, times, and its error if it failed.")
@Example(does = "A task's status, times and error",
        run = "mms task get 1050008")
@Example(does = "The task as the server sent it",
        run = "mms task get task/1050008 -o json")
public final class TaskGetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TASK_ID", description = "The task: 1050008 or task/1050008.")
    String id;

    @Mixin
    OutputFlags output;

    @Override
    public Integer call() {
        MmsCommand root = MmsCommand.of(spec);
        OutputFormat format = output.format(EnumSet.allOf(OutputFormat.class));
        RenderOptions options = output.renderOptions(format, root.environment(), root.noColor());
        long taskId = TaskIds.parse(id);
        Session session = root.session(spec);
        long sourceId = session.sourceId(null);
        MmsClient client = session.client();
        Task task = client.getTask(sourceId, taskId);
        OutputFlags.printOne(Views.tasks(), options, task,
                () -> TaskDetail.render(task, task.isFailed() ? FailedTasks.error(client, sourceId, task) : null),
                spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
