package dev.mms.cli;

import static dev.mms.cli.JUnitCases.failure;
import static dev.mms.cli.JUnitCases.systemOut;
import static dev.mms.cli.JUnitCases.testCases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The CI reports of {@code mms job apply --watch} (docs/ci-reports.md), end to end against an in-process emulator:
 * besides apply's own step, each job it created has the watch step {@code job create --watch} gives it, with a
 * FAILED job's failed tasks and their errors, and where the deadline found a creation with the command that resumes
 * it. What the two commands report alike is in {@link FollowedJobReportsCliTest}.
 */
class JobApplyReportsCliTest extends AgainstEmulator {

    @TempDir
    Path dir;

    @Test
    void aFailedJobsTestCaseHasItsFailedTaskAndTheCommandThatListsThemAndTheSummaryEveryJob() throws Exception {
        Path kept = salesSpec("a-kept.yaml", "kept", "customers");
        mms.run("job", "create", "-f", kept.toString(), "--wait", "--timeout", "60s").assertOk();
        long keptId = jobId(mms, "kept");
        Path good = salesSpec("b-good.yaml", "good", "orders");
        Path bad = salesSpec("c-legacy.yaml", "legacy", "legacy_events");
        Path junit = dir.resolve("reports/apply.xml");
        Path summary = Files.writeString(dir.resolve("summary.md"), "earlier step\n");
        CliHarness.Result r = mms.withEnv("GITHUB_ACTIONS", "true").withEnv("GITHUB_STEP_SUMMARY", summary.toString())
                .run("job", "apply", "-f", specs.toString(), "--watch", "--interval", "100ms", "--timeout", "60s",
                        "--report", "junit=" + junit).assertExit(ExitCodes.FAILED);
        long goodId = jobId(mms, "good");
        long badId = jobId(mms, "legacy");

        List<Element> cases = testCases(junit);
        r.checkEquals(3, cases.size(), "a test case per spec");
        Element unchanged = cases.get(0);
        r.check(failure(unchanged) == null, "the unchanged job passed");
        r.check(systemOut(unchanged).contains("apply: unchanged job " + keptId)
                && !systemOut(unchanged).contains("watch:"), "apply's own step alone: " + systemOut(unchanged));

        Element ok = cases.get(1);
        r.checkEquals(good + " (good)", ok.getAttribute("name"), "spec file and job name");
        r.check(failure(ok) == null, "the DONE job passed");
        r.check(systemOut(ok).contains("apply: created job " + goodId)
                && systemOut(ok).contains("watch: DONE, 6 of 6 tasks done"), "its steps: " + systemOut(ok));

        Element failed = cases.get(2);
        r.checkEquals(bad.toString(), failed.getAttribute("file"), "the failed job's spec file");
        r.checkEquals("watch", failure(failed).getAttribute("type"), "failed while watched, not while applied");
        r.checkEquals("FAILED, 0 of 1 tasks done, 1 task failed", failure(failed).getAttribute("message"),
                "its last status and tasks");
        String text = failure(failed).getTextContent();
        r.check(text.contains("sales.legacy_events") && text.contains("ODPS-0130013: Authorization exception"),
                "the failed task and its error: " + text);
        r.check(text.contains("mms job tasks " + badId + " --failed --source-id 2000015"),
                "the command that lists them all: " + text);
        r.check(systemOut(failed).contains("apply: created job " + badId), systemOut(failed));

        String md = Files.readString(summary);
        r.check(md.startsWith("earlier step\n### mms job apply: 3 specs, 1 failed"), "appended:\n" + md);
        r.check(md.contains("| kept (" + keptId + ") | ✅ apply: unchanged"), "the unchanged job's row:\n" + md);
        r.check(md.contains("| good (" + goodId + ") | ✅ watch: DONE, 6 of 6 tasks done"),
                "the DONE job's row:\n" + md);
        r.check(md.contains("| legacy (" + badId + ") | ❌ watch: FAILED, 0 of 1 tasks done, 1 task failed"),
                "the FAILED job's row:\n" + md);
        r.check(md.contains("ODPS-0130013") && md.contains("mms job tasks " + badId + " --failed"),
                "the error and the command in its details:\n" + md);
    }

    @Test
    void theDeadlineFindingACreationStillRunningSaysHowToResumeIt() throws Exception {
        // At speed 0.01 the creation alone takes minutes: the 2 s deadline finds the spec sent, its job not made.
        CliHarness slowMms = atSpeed(0.01);
        Path file = salesSpec("slow.yaml", "slow", "orders");
        Path junit = dir.resolve("apply.xml");
        CliHarness.Result r = slowMms.run("job", "apply", "-f", file.toString(), "--watch", "--interval",
                "100ms", "--timeout", "2s", "--report", "junit=" + junit).assertExit(ExitCodes.TIMED_OUT);
        Element failure = failure(testCases(junit).get(0));
        r.check(failure != null && failure.getAttribute("type").equals("watch")
                && failure.getAttribute("message").startsWith("timed out while it was creating the job"),
                "where the deadline found it: " + (failure == null ? null : failure.getAttribute("message")));
        r.check(failure.getTextContent().matches("(?s).*mms job watch --async-task \\d+ --source-id 2000015.*"),
                "how to resume: " + failure.getTextContent());
    }
}
