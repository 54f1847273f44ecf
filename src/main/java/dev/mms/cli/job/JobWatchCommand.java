package dev.mms.cli.job;

import dev.mms.cli.InterruptGuard;
import dev.mms.cli.help.Example;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.cli.UsageException;
import dev.mms.cli.options.IdArguments;
import dev.mms.cli.options.IntervalFlag;
import dev.mms.cli.options.NdjsonFlag;
import dev.mms.run.RunEngine;
import dev.mms.run.RunReport;
import dev.mms.run.Target;
import dev.mms.watch.Poller;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mms job watch}: follows jobs, and async tasks creating jobs, all at once until each ends. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Follow jobs (and async tasks creating jobs) until each is DONE or FAILED, all at once.",
                "Ids as 103, job/103 or asynctask/1012; - reads them from stdin.",
                "Exit 0 when all are DONE, 5 when one FAILED, 6 at the --timeout deadline."})
@Example(does = "Follow jobs 42 and 43 again (e.g. after Ctrl-C)",
        run = "mms job watch 42 43")
@Example(does = "Follow every running job (ids from stdin)",
        run = "mms job list -o name --status DOING | mms job watch -")
@Example(does = "Give up after ten minutes (exit 6)",
        run = "mms job watch 42 --timeout 10m")
public final class JobWatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IdArguments ids;

    @Option(names = "--async-task", paramLabel = "ID", arity = "1..*",
            description = "Follow these creation tasks, then the jobs they create (1012 or asynctask/1012).")
    List<String> asyncTasks = new ArrayList<>();

    @Mixin
    IntervalFlag interval;

    @Mixin
    NdjsonFlag output;

    @Override
    public Integer call() {
        MmsCommand root = MmsCommand.of(spec);
        IdArguments.Ids given = ids.ids(root.environment().stdin());
        List<Long> taskIds = new ArrayList<>(given.asyncTaskIds());
        for (String t : asyncTasks) {
            long id = IdArguments.asyncTaskId(t);
            if (!taskIds.contains(id)) {
                taskIds.add(id);
            }
        }
        if (given.jobIds().isEmpty() && taskIds.isEmpty()) {
            throw new UsageException("give the JOB_IDs to follow, or --async-task ID (ids from stdin with -)");
        }
        boolean json = output.json();
        Session session = root.session(spec);
        long sourceId = session.sourceId(null);
        List<Target> targets = new ArrayList<>();
        given.jobIds().forEach(id -> targets.add(Target.job(sourceId, id)));
        taskIds.forEach(id -> targets.add(Target.asyncTask(sourceId, id)));
        try (RunPresenter presenter = new RunPresenter(root, session, spec, null, json, true);
             InterruptGuard.Armed armed = InterruptGuard.arm()) {
            Poller poller = new Poller(interval.policy(), root.deadline(), root.environment().sleeper());
            RunEngine engine = new RunEngine(session.client(), poller, root.environment().sleeper(),
                    presenter.listener(), 1);
            RunReport report = engine.follow(targets);
            return presenter.finish(report);
        }
    }
}
