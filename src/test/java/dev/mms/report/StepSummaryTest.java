package dev.mms.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepSummaryTest {

    @Test
    void tableOfSpecsJobsAndResults() {
        SpecResult created = SpecResult.of("specs/a.yaml", "specs/a.yaml", "a")
                .with(SpecResult.Step.ok("create", "created", null)).withJobId(42L);
        SpecResult failed = SpecResult.of("specs/b.yaml", "specs/b.yaml", "b|c")
                .with(SpecResult.Step.failed("plan", "nothing selected", "table <x>\nmissing"));
        assertEquals("""
                ### mms job apply: 2 specs, 1 failed

                | Spec | Job | Result | Details |
                |---|---|---|---|
                | `specs/a.yaml` | a (42) | ✅ create: created |  |
                | `specs/b.yaml` | b\\|c | ❌ plan: nothing selected | table &lt;x&gt;<br>missing |

                2 tables

                """, StepSummary.markdown("mms job apply", List.of(created, failed), "2 tables"));
    }
}
