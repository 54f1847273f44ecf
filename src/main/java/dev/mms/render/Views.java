package dev.mms.render;

import dev.mms.api.DataSource;
import dev.mms.api.Job;

/** The views of the API objects the CLI lists; hand one to {@link Renderer#open}. */
public final class Views {

    private static final View<Job> JOBS = new JobView();
    private static final View<DataSource> SOURCES = new SourceView();

    private Views() {
    }

    /**
     * Jobs: ID, NAME, SOURCE, SRC DB, DST PROJECT, TYPE, STATUS, PROGRESS, CREATED; wide adds SOURCE ID, SRC SCHEMA,
     * DST SCHEMA, ETA, STOPPED, CONFIG. CREATED is the API's own timestamp rather than an age: the API gives it without a time
     * zone, so an age computed against the local clock could be hours off.
     */
    public static View<Job> jobs() {
        return JOBS;
    }

    /**
     * Data sources: ID, NAME, TYPE, REGION, STATUS, DST PROJECT, DBS, TABLES, PARTITIONS; wide adds AGENT ONLINE,
     * NETWORK, DST PROJECTS, UPDATED, CREATED, ERROR.
     */
    public static View<DataSource> sources() {
        return SOURCES;
    }
}
