package dev.mms.spec;

import dev.mms.api.JobSpec;
import java.util.Map;

/** Lays command-line flag values over a spec read from a file: flags win, field by field. */
public final class SpecMerger {

    private SpecMerger() {
    }

    /**
     * Every non-null field of {@code overrides} replaces the base's; lists and maps are replaced whole, never merged,
     * so {@code --table a} means exactly table a. A null base means the spec comes from flags only.
     */
    public static JobSpec merge(JobSpec base, JobSpec overrides) {
        Map<String, Object> values = SpecFields.values(base);
        values.putAll(SpecFields.values(overrides));
        return SpecFields.create(values);
    }
}
