package dev.mms.cli.job;

import dev.mms.api.ApiException;
import dev.mms.api.Job;
import dev.mms.api.MmsClient;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.cli.UsageException;
import dev.mms.cli.help.Example;
import dev.mms.cli.options.IdArguments;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mms job delete}: DeleteMmsJob (a POST, mms-api.md §1) on each job given. It names each job first (GetMmsJob),
 * asks once on a terminal, and refuses to run off a terminal without {@code --yes}; each deleted job is one line on
 * stdout with its name.
 */
@Command(name = "delete", aliases = "rm", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Delete migration jobs (a running job must be stopped first).",
                "Asks for confirmation on a terminal; needs --yes when stdin is not a terminal."})
@Example(does = "Delete a job, after confirming",
        run = "mms job delete 105")
@Example(does = "Delete every failed job in a script",
        run = "mms job list --status FAILED -o name | mms job delete - --yes")
public final class JobDeleteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IdArguments ids;

    @Option(names = {"-y", "--yes"}, description = "Delete without asking.")
    boolean yes;

    @Override
    public Integer call() {
        MmsCommand root = MmsCommand.of(spec);
        boolean idsFromStdin = ids.values.contains("-");
        if (!yes && (idsFromStdin || !root.environment().stdinIsTerminal())) {
            throw new UsageException("job delete asks before it deletes, and " + (idsFromStdin
                    ? "stdin holds the ids" : "stdin is not a terminal") + ": add --yes to delete without asking;"
                    + " nothing was deleted");
        }
        List<Long> jobIds = JobActions.requireIds(ids, root, "delete");
        Session session = root.session(spec);
        long sourceId = session.sourceId(null);
        MmsClient client = session.client();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = ExitCodes.OK;
        List<Job> found = new ArrayList<>();
        for (long jobId : jobIds) {
            try {
                found.add(client.getJob(sourceId, jobId));
            } catch (ApiException e) {
                code = ExitCodes.worst(code, JobActions.refused(err, "delete", jobId, e));
            }
        }
        if (found.isEmpty() || (!yes && !confirmed(found, err))) {
            if (!found.isEmpty()) {
                err.println("Nothing was deleted.");
            }
            return code;
        }
        for (Job job : found) {
            try {
                client.deleteJob(sourceId, job.id());
                out.println("job/" + job.id() + " deleted (" + describe(job) + ")");
                out.flush();
            } catch (ApiException e) {
                code = ExitCodes.worst(code, JobActions.refused(err, "delete", job.id(), e));
            }
        }
        return code;
    }

    private boolean confirmed(List<Job> jobs, PrintWriter err) {
        err.println(jobs.size() == 1 ? "This deletes 1 job:" : "This deletes " + jobs.size() + " jobs:");
        for (Job job : jobs) {
            err.println("  job/" + job.id() + "  " + describe(job));
        }
        err.print("Delete " + (jobs.size() == 1 ? "it" : "them") + "? [y/N] ");
        err.flush();
        String answer;
        try {
            answer = new BufferedReader(new InputStreamReader(MmsCommand.of(spec).environment().stdin(),
                    StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null) {
            err.println();
        }
        String a = answer == null ? "" : answer.trim().toLowerCase(Locale.ROOT);
        return a.equals("y") || a.equals("yes");
    }

    private static String describe(Job job) {
        return (job.name() == null ? "unnamed" : job.name()) + ", " + job.status()
                + (Boolean.TRUE.equals(job.stopped()) && !job.isFinished() ? " (stopped)" : "")
                + (job.taskNum() == null ? "" : ", " + job.taskNum() + (job.taskNum() == 1 ? " task" : " tasks"));
    }
}
