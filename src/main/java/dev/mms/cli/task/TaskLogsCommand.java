package dev.mms.cli.task;

import dev.mms.api.TaskLog;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.cli.help.Example;
import dev.mms.cli.options.OutputFlags;
import dev.mms.render.RenderOptions;
import dev.mms.render.Renderer;
import dev.mms.render.OutputFormat;
import dev.mms.render.TaskDetail;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mms task logs}: ListMmsTaskLogs as text, one line per entry (time, status, action, message), oldest first;
 * {@code -o json|yaml} the log objects as the server sent them.
 */
@Command(name = "logs", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print what a migration task did, step by step, and why it failed.")
@Example(does = "What the task did, step by step",
        run = "mms task logs 1050008")
@Example(does = "The log entries as JSON",
        run = "mms task logs task/1050008 -o json")
public final class TaskLogsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TASK_ID", description = "The task: 1050008 or task/1050008.")
    String id;

    @Mixin
    OutputFlags output;

    @Override
    public Integer call() {
        MmsCommand root = MmsCommand.of(spec);
        OutputFormat format = output.format(EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.YAML));
        RenderOptions options = output.renderOptions(format, root.environment(), root.noColor());
        if (!output.hasQuery()) {
            output.rejectTableOptions("task logs");
        }
        long taskId = TaskIds.parse(id);
        Session session = root.session(spec);
        List<TaskLog> logs = session.client().listTaskLogs(session.sourceId(null), taskId);
        PrintWriter out = spec.commandLine().getOut();
        if (!Renderer.writeOne(options, logs.stream().map(l -> l.wire() != null ? l.wire() : l).toList(), out)) {
            for (TaskLog log : logs) {
                out.println(TaskDetail.logLine(log));
            }
            out.flush();
            if (logs.isEmpty() && !root.quiet()) {
                spec.commandLine().getErr().println("Task " + taskId + " has no log entries yet.");
            }
        }
        return ExitCodes.OK;
    }
}
