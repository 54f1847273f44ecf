package dev.mms.plan;

import dev.mms.api.ApiException;
import dev.mms.api.Job;
import dev.mms.api.JobSpec;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Plans many specs at once: a few in parallel, all over one {@link CachedCatalog}, so that a directory of specs over
 * one database costs its catalog pages once. A spec whose catalog or jobs cannot be read gets a failed plan; the
 * others go on. Plans come back in the order the specs were given.
 */
public final class PlanRun {

    /** One spec to plan and where it came from. */
    public record Input(String origin, JobSpec spec) {
    }

    private final ScopeResolver resolver;
    private final BiFunction<Long, String, List<Job>> jobsNamed;
    private final int concurrency;

    /**
     * @param catalog   the run's catalog; wrap the client's in a {@link CachedCatalog}
     * @param jobsNamed the jobs of a name on a source (for "already migrated"), e.g. {@link JobsByName#named}
     */
    public PlanRun(SourceCatalog catalog, BiFunction<Long, String, List<Job>> jobsNamed, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        this.resolver = new ScopeResolver(catalog);
        this.jobsNamed = jobsNamed;
        this.concurrency = concurrency;
    }

    public List<SpecPlan> plan(List<Input> inputs) {
        return Parallel.map(inputs, concurrency, "mms-plan", this::planOne);
    }

    private SpecPlan planOne(Input input) {
        JobSpec spec = input.spec();
        try {
            List<Job> sameName = jobsNamed.apply(spec.sourceId(), spec.name());
            return resolver.plan(input.origin(), spec, sameName);
        } catch (ApiException e) {
            return SpecPlan.failed(input.origin(), spec.name(), spec.sourceId(), spec.srcDbName(), spec.dstDbName(),
                    e);
        }
    }
}
