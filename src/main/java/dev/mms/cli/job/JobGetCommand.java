package dev.mms.cli.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mms.api.ApiException;
import dev.mms.api.Job;
import dev.mms.api.Json;
import dev.mms.api.MmsClient;
import dev.mms.api.PageWalker;
import dev.mms.api.Task;
import dev.mms.api.TaskQuery;
import dev.mms.api.WireForm;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.cli.help.Example;
import dev.mms.cli.options.IdArguments;
import dev.mms.cli.options.OutputFlags;
import dev.mms.jobs.FailedTasks;
import dev.mms.render.ItemWriter;
import dev.mms.render.JobDetail;
import dev.mms.render.OutputFormat;
import dev.mms.render.Renderer;
import dev.mms.render.Views;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mms job get}: GetMmsJob and the job's tasks (ListMmsTasks, every page). For people a description with the
 * tasks counted by status and the failed ones with their errors (from ListMmsTaskLogs); {@code -o json|yaml} the
 * server's objects unchanged, {@code {"job": {…}, "tasks": […]}} (an array of those for several ids); wide, csv, tsv
 * and name the job's row as job list prints it.
 */
@Command(name = "get", aliases = "describe", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show jobs: status, progress, scope and config, tasks by status, failed tasks and their errors.")
@Example(does = "Why did job 105 fail?",
        run = "mms job get 105")
@Example(does = "The job and its tasks as the server sent them",
        run = "mms job get job/105 -o json")
public final class JobGetCommand implements Callable<Integer> {

    /** How many failed tasks get their error read from their logs (one request each). */
    static final int ERRORS_SHOWN = 10;
    private static final int TASK_PAGE = 100;

    @Spec
    CommandSpec spec;

    @Mixin
    IdArguments ids;

    @Mixin
    OutputFlags output;

    @Override
    public Integer call() {
        MmsCommand root = MmsCommand.of(spec);
        OutputFormat format = output.format(EnumSet.allOf(OutputFormat.class));
        List<Long> jobIds = JobActions.requireIds(ids, root, "show");
        Session session = root.session(spec);
        long sourceId = session.sourceId(null);
        MmsClient client = session.client();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = ExitCodes.OK;
        List<JsonNode> documents = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        for (long jobId : jobIds) {
            try {
                Job job = client.getJob(sourceId, jobId);
                boolean documentFormat = format == OutputFormat.JSON || format == OutputFormat.YAML;
                if (format == OutputFormat.TABLE || documentFormat) {
                    List<Task> tasks = tasks(client, sourceId, jobId);
                    if (documentFormat) {
                        documents.add(document(job, tasks));
                    } else {
                        FailedTasks.Report failed = FailedTasks.report(client, sourceId, jobId, tasks, ERRORS_SHOWN);
                        out.print((jobs.isEmpty() ? "" : "\n")
                                + JobDetail.render(job, tasks, failed, " --source-id " + sourceId));
                        out.flush();
                    }
                }
                jobs.add(job);
            } catch (ApiException e) {
                code = ExitCodes.worst(code, JobActions.refused(err, "show", jobId, e));
            }
        }
        if (!documents.isEmpty()) {
            Renderer.writeOne(output.renderOptions(format, root.environment(), root.noColor()),
                    documents.size() == 1 && jobIds.size() == 1 ? documents.get(0)
                            : Json.mapper().createArrayNode().addAll(documents), out);
        } else if (format != OutputFormat.TABLE && format != OutputFormat.JSON && format != OutputFormat.YAML) {
            try (ItemWriter<Job> writer = OutputFlags.open(Views.jobs(),
                    output.renderOptions(format, root.environment(), root.noColor()), out)) {
                writer.writeAll(jobs);
            }
        }
        return code;
    }

    private static List<Task> tasks(MmsClient client, long sourceId, long jobId) {
        List<Task> tasks = new ArrayList<>();
        TaskQuery query = TaskQuery.ofJob(jobId);
        PageWalker.walk((num, size) -> client.listTasks(sourceId, query.withPage(num, size)), 1, TASK_PAGE, true, 0,
                Task::id, tasks::add);
        return tasks;
    }

    private static JsonNode document(Job job, List<Task> tasks) {
        ObjectNode doc = Json.mapper().createObjectNode();
        doc.set("job", wire(job));
        ArrayNode list = doc.putArray("tasks");
        tasks.forEach(t -> list.add(wire(t)));
        return doc;
    }

    private static JsonNode wire(WireForm item) {
        return item.wire() != null ? item.wire() : Json.mapper().valueToTree(item);
    }
}
