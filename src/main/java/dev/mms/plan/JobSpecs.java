package dev.mms.plan;

import dev.mms.api.Job;
import dev.mms.api.JobConfig;
import dev.mms.api.JobSpec;

/** A job read back from the service as the spec that would create it again, for planning and diffing. */
public final class JobSpecs {

    private JobSpecs() {
    }

    /**
     * The job's top-level fields and its {@code config}. {@code enableSchemaMigration} and
     * {@code enableDataMigration} stay null: the job's config does not echo them (mms-api.md notes, docs/plan.md).
     */
    public static JobSpec fromJob(Job job, Long sourceId) {
        JobConfig c = job.config() == null
                ? new JobConfig(null, null, null, null, null, null, null, null, null, null, null, null, null)
                : job.config();
        return new JobSpec(job.sourceId() != null ? job.sourceId() : sourceId, job.sourceName(), job.name(),
                job.srcDbName(), job.srcSchemaName(), job.dstDbName(), job.dstSchemaName(), c.taskType(), c.tables(),
                c.partitions(), c.tableWhiteList(), c.tableBlackList(), c.partitionFilters(), c.tableMapping(),
                c.columnMapping(), c.schemaOnly(), c.increment(), null, null, c.enableVerification(), c.others(),
                job.eta());
    }
}
