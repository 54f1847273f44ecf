package dev.mms.render;

import dev.mms.api.AsyncTask;
import dev.mms.api.DataSource;
import dev.mms.api.Database;
import dev.mms.api.Partition;
import dev.mms.api.Table;
import dev.mms.api.Task;
import dev.mms.api.Job;
import dev.mms.jobs.CreateOutcome;
import dev.mms.jobs.DryRunRequest;
import dev.mms.plan.ApplyAction;
import dev.mms.plan.JobDiff;
import dev.mms.plan.SpecPlan;
import dev.mms.report.SpecCheck;

/**
 * The views of the API objects the CLI lists; hand one to {@link Renderer#open}. A view holds no state, and each is made
 * when asked for, so that a command initialises only the columns it shows.
 */
public final class Views {

    private Views() {
    }

    /** Every view, e.g. for the column names that --columns completes. */
    public static java.util.List<View<?>> all() {
        return java.util.List.of(jobs(), sources(), asyncTasks(), creations(), requests(), specChecks());
    }

    /**
     * Jobs: ID, NAME, SOURCE, SRC DB, DST PROJECT, TYPE, STATUS, PROGRESS, CREATED; wide adds SOURCE ID, SRC SCHEMA,
     * DST SCHEMA, ETA, STOPPED, CONFIG. CREATED is the API's own timestamp rather than an age: the API gives it without a time
     * zone, so an age computed against the local clock could be hours off.
     */
    public static View<Job> jobs() {
        return new JobView();
    }

    /**
     * Data sources: ID, NAME, TYPE, REGION, STATUS, DST PROJECT, DBS, TABLES, PARTITIONS; wide adds AGENT ONLINE,
     * NETWORK, DST PROJECTS, UPDATED, CREATED, ERROR.
     */
    public static View<DataSource> sources() {
        return new SourceView();
    }

    /**
     * Async tasks (what CreateMmsJob starts): ID, TYPE, STATUS, PROGRESS (percent), JOB ID (the task's objectId),
     * CREATED; wide adds SOURCE ID, RUNNING, STARTED, ENDED, ERROR. {@code -o name} gives {@code asynctask/<id>}.
     */
    public static View<AsyncTask> asyncTasks() {
        return new AsyncTaskView();
    }

    /**
     * Source databases: ID, NAME, STATUS, TABLES, TABLES DONE, PARTITIONS, DST PROJECT; wide adds TABLES FAILED,
     * PARTITIONS DONE, PARTITIONS FAILED, ROWS, SIZE, DST SCHEMA, LOCATION, UPDATED. {@code -o name}: {@code db/<name>}.
     */
    public static View<Database> databases() {
        return new DatabaseView();
    }

    /**
     * Source tables: ID, DB, NAME, STATUS, PARTITIONED BY, PARTITIONS, PARTITIONS DONE; wide adds PARTITIONS FAILED,
     * TYPE, ROWS, SIZE, LAST DDL, LOCATION. {@code -o name}: {@code table/<db>.<table>}.
     */
    public static View<Table> tables() {
        return new TableView();
    }

    /**
     * Source partitions: ID (what a Partitions spec lists), DB, TABLE, VALUE, STATUS; wide adds ROWS, SIZE, LAST DDL,
     * DST TABLE, DST VALUE. {@code -o name}: {@code partition/<id>}.
     */
    public static View<Partition> partitions() {
        return new PartitionView();
    }

    /**
     * Migration tasks: ID, TABLE (db.table), PARTITION, STATUS, STARTED, ENDED; wide adds PHASE, JOB ID, DST TABLE,
     * TYPE, RETRIED, STOPPED, CREATED. {@code -o name}: {@code task/<id>}.
     */
    public static View<Task> tasks() {
        return new TaskView();
    }

    /** Outcomes of job create: FILE, NAME, ASYNC TASK, JOB ID, RESULT, STATUS, MESSAGE. */
    public static View<CreateOutcome> creations() {
        return new CreationView();
    }

    /** Requests of job create --dry-run: file, name, action, method, endpoint, path and the body as a JSON object. */
    public static View<DryRunRequest> requests() {
        return new RequestView();
    }

    /** Results of job validate: SPEC, NAME, RESULT, ERRORS, WARNINGS; json and yaml add every diagnostic. */
    public static View<SpecCheck> specChecks() {
        return new SpecCheckView();
    }

    /** Plans of job plan: SPEC, NAME, SCOPE, TABLES, PARTITIONS, ROWS, SIZE, OK; json and yaml give every table. */
    public static View<SpecPlan> specPlans() {
        return new SpecPlanView();
    }

    /** Results of job diff: SPEC, NAME, STATUS, JOB ID, FIELDS; json and yaml give each field's two values. */
    public static View<JobDiff> jobDiffs() {
        return new JobDiffView();
    }

    /** Actions of job apply: SPEC, NAME, ACTION, JOB ID, RESULT, STATUS, MESSAGE. */
    public static View<ApplyAction> applyActions() {
        return new ApplyActionView();
    }
}
