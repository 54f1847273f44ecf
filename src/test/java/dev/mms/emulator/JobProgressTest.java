package dev.mms.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mms.api.JobSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobProgressTest {

    private static final Catalog.Source HIVE = Catalog.builtIn().source(2000015).orElseThrow();

    private static StoredJob job(List<String> tables) throws Exception {
        JobSpec spec = JobPlannerTest.spec("sales", tables, null, null, null, null);
        return StoredJob.created(100, 2000015, JobPlanner.plan(HIVE, spec), spec, 0);
    }

    @Test
    void advancesOneTaskEveryInterval() throws Exception {
        StoredJob job = job(List.of("customers", "products"));
        assertEquals("INIT", JobProgress.of(job, 999, 1).status());
        JobProgress running = JobProgress.of(job, 1000, 1);
        assertEquals("DOING", running.status());
        assertEquals(List.of("DATA_DOING", "INIT"), running.taskStatuses());
        assertEquals(1, JobProgress.of(job, 2500, 1).taskDone());
        JobProgress done = JobProgress.of(job, 4000, 1);
        assertEquals("DONE", done.status());
        assertEquals(2, done.taskDone());
    }

    @Test
    void speedScalesTime() throws Exception {
        StoredJob job = job(List.of("customers", "products"));
        assertEquals("DONE", JobProgress.of(job, 400, 10).status());
        assertEquals("DOING", JobProgress.of(job, 399, 10).status());
    }

    @Test
    void failingTableFailsTheJobAfterTheOthersRan() throws Exception {
        StoredJob job = job(List.of("legacy_events", "customers"));
        JobProgress midway = JobProgress.of(job, 2500, 1);
        assertEquals("DOING", midway.status());
        assertEquals(List.of("DATA_FAILED", "DATA_DOING"), midway.taskStatuses());
        JobProgress end = JobProgress.of(job, 4000, 1);
        assertEquals("FAILED", end.status());
        assertEquals(1, end.taskDone());
    }

    @Test
    void stoppedJobHoldsStillAndResumes() throws Exception {
        StoredJob job = job(List.of("customers", "products")).stoppedAt(2500, 1);
        assertEquals(1, JobProgress.of(job, 60_000, 1).taskDone());
        assertEquals("DOING", JobProgress.of(job, 60_000, 1).status());
        StoredJob resumed = job.startedAt(60_000);
        assertEquals("DONE", JobProgress.of(resumed, 61_500, 1).status());
    }

    @Test
    void retryRerunsOnlyTheFailedTasks() throws Exception {
        StoredJob failed = job(List.of("legacy_events", "customers"));
        StoredJob retried = failed.retriedAt(10_000);
        JobProgress rerun = JobProgress.of(retried, 10_000, 1);
        assertEquals("DOING", rerun.status());
        assertEquals(List.of("DATA_DOING", "DONE"), rerun.taskStatuses());
        assertEquals("FAILED", JobProgress.of(retried, 11_500, 1).status());
    }
}
