package dev.mms.cli.job;

import dev.mms.cli.options.IdArguments;
import dev.mms.cli.options.WatchFlags;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code job retry}, {@code stop} and {@code start} declare: the job ids and {@code --watch}, and the one job
 * action of the API each sends; each subclass holds only its help (the run itself is {@link JobActions#run}).
 */
abstract class JobActionCommand implements Callable<Integer> {

    /** The second paragraph of each one's description. */
    static final String IDS_AND_EXIT = "Ids as 105 or job/105, or - to read them from stdin. With --watch: exit 0 "
            + "when every job is DONE, 5 when one FAILED, 6 at the --timeout deadline.";

    @Spec
    CommandSpec spec;

    @Mixin
    IdArguments ids;

    @Mixin
    WatchFlags watch;

    private final String verb;
    private final String done;
    private final JobActions.Action action;

    /**
     * @param verb "retry", for the errors
     * @param done "retried", for the line of each job the server accepted
     */
    JobActionCommand(String verb, String done, JobActions.Action action) {
        this.verb = verb;
        this.done = done;
        this.action = action;
    }

    @Override
    public final Integer call() {
        return JobActions.run(spec, ids, watch, verb, done, action);
    }
}
