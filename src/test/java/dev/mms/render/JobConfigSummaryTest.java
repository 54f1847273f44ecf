package dev.mms.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mms.api.JobConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CONFIG cell of wide tables. */
class JobConfigSummaryTest {

    @Test
    void countsWhatIsSetAndNamesTheFlags() {
        JobConfig config = new JobConfig(null, List.of("a", "b", "c"), List.of("tmp_x"), null,
                Map.of("a", "dt > 1", "b", "dt > 2"), null, Map.of("c.x", "y"), null, true, true, null, null, null);
        assertEquals("3 tables, 1 blacklisted, 2 filters, 1 column rename, increment, verify",
                JobConfigSummary.of(config));
    }

    @Test
    void nothingSetReadsAsMissing() {
        assertNull(JobConfigSummary.of(null));
        assertNull(JobConfigSummary.of(new JobConfig(List.of(), null, null, null, Map.of(), null, null, null, false,
                false, null, null, null)));
    }
}
