package dev.mms.cli;

import static dev.mms.cli.JUnitCases.failure;
import static dev.mms.cli.JUnitCases.systemOut;
import static dev.mms.cli.JUnitCases.testCases;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * The {@code watch} step that {@code mms job create --watch} and {@code mms job apply --watch} both give a job they
 * created (docs/ci-reports.md), end to end against an in-process emulator, each test once per command: a FAILED
 * job's task error even with --quiet, and where the deadline or an interrupt found a followed job with the command
 * that resumes watching.
 */
class FollowedJobReportsCliTest extends AgainstEmulator {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"create", "apply"})
    void failedTasksAreInTheReportEvenWithQuiet(String command) throws Exception {
        Path bad = salesSpec("legacy.yaml", "legacy", "legacy_events");
        Path junit = dir.resolve(command + ".xml");
        CliHarness.Result r = mms.run("-q", "job", command, "-f", bad.toString(), "--watch", "--interval", "100ms",
                "--timeout", "60s", "--report", "junit=" + junit).assertExit(ExitCodes.FAILED);
        r.checkEquals("", r.err(), "quiet");
        Element failure = failure(testCases(junit).get(0));
        r.checkEquals("watch", failure.getAttribute("type"), "failed while watched");
        r.check(failure.getTextContent().contains("ODPS-0130013"), "the task's error: " + failure.getTextContent());
    }

    /**
     * At speed 0.5 the creation takes 2 s and the job 20 s more: a 4 s deadline finds it followed. At speed 0.2 the
     * creation takes about 5 s and the job minutes: interrupted half a second after it exists, it is followed.
     */
    @ParameterizedTest
    @CsvSource({"create, timed out", "apply, timed out", "create, interrupted", "apply, interrupted"})
    void theDeadlineOrAnInterruptFindingAJobFollowedSaysWhereItWasAndHowToResume(String command, String ending)
            throws Exception {
        boolean deadline = ending.equals("timed out");
        CliHarness slowMms = atSpeed(deadline ? 0.5 : 0.2);
        Path file = salesSpec("slow.yaml", "slow", "orders");
        Path junit = dir.resolve(command + ".xml");
        Path summary = dir.resolve("summary.md");
        CliHarness onCi = slowMms.withEnv("GITHUB_ACTIONS", "true").withEnv("GITHUB_STEP_SUMMARY", summary.toString());
        String[] args = {"job", command, "-f", file.toString(), "--watch", "--interval", "100ms", "--timeout",
                deadline ? "4s" : "60s", "--report", "junit=" + junit};
        CliHarness.Result r = deadline ? onCi.run(args).assertExit(ExitCodes.TIMED_OUT)
                : onCi.runInterruptedOnceAJobExists(2000015, args).assertExit(ExitCodes.INTERRUPTED);
        long id = jobId(slowMms, "slow");
        Element testCase = testCases(junit).get(0);
        Element failure = failure(testCase);
        r.check(failure != null && failure.getAttribute("type").equals("watch")
                && failure.getAttribute("message").matches(ending + " at (INIT|DOING), \\d of 6 tasks done"),
                "where it was found: " + (failure == null ? systemOut(testCase) : failure.getAttribute("message")));
        r.check(failure.getTextContent().contains("mms job watch " + id + " --source-id 2000015"),
                "how to resume: " + failure.getTextContent());
        String md = Files.readString(summary);
        r.check(md.contains("| slow (" + id + ") | ❌ watch: " + ending + " at") && md.contains("mms job watch " + id),
                "the summary row:\n" + md);
    }
}
