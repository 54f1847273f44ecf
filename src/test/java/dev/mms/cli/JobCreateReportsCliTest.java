package dev.mms.cli;

import static dev.mms.cli.JUnitCases.failure;
import static dev.mms.cli.JUnitCases.systemOut;
import static dev.mms.cli.JUnitCases.testCases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The CI reports of {@code mms job create} (docs/ci-reports.md), end to end against an in-process emulator: JUnit
 * with a test case per spec and its outcome, the GitHub step summary and annotations, on success, on a FAILED job and
 * at the deadline. What it reports as {@code job apply --watch} does is in {@link FollowedJobReportsCliTest}.
 */
class JobCreateReportsCliTest extends AgainstEmulator {

    @TempDir
    Path dir;

    private static List<String> leftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    @Test
    void aFailedJobsTestCaseNamesItsSpecFileAndTheTaskErrorAndTheSummaryListsEveryJob() throws Exception {
        Path good = salesSpec("a-good.yaml", "good", "orders");
        Path bad = salesSpec("b-legacy.yaml", "legacy", "legacy_events");
        Path junit = dir.resolve("reports/create.xml");
        Path summary = Files.writeString(dir.resolve("summary.md"), "earlier step\n");
        CliHarness.Result r = mms.withEnv("GITHUB_ACTIONS", "true").withEnv("GITHUB_STEP_SUMMARY", summary.toString())
                .run("job", "create", "-f", specs.toString(), "--watch", "--interval", "100ms",
                        "--timeout", "60s", "--report", "junit=" + junit).assertExit(ExitCodes.FAILED);
        long goodId = jobId(mms, "good");
        long badId = jobId(mms, "legacy");

        List<Element> cases = testCases(junit);
        r.checkEquals(2, cases.size(), "a test case per spec");
        Element ok = cases.get(0);
        r.checkEquals(good + " (good)", ok.getAttribute("name"), "spec file and job name");
        r.checkEquals(good.toString(), ok.getAttribute("file"), "the spec file");
        r.check(failure(ok) == null, "the DONE job passed");
        r.check(systemOut(ok).contains("create: created: job " + goodId) && systemOut(ok).contains("watch: DONE"),
                "its steps: " + systemOut(ok));
        Element failed = cases.get(1);
        r.checkEquals(bad.toString(), failed.getAttribute("file"), "the failed job's spec file");
        r.checkEquals("watch", failure(failed).getAttribute("type"), "failed while watched");
        r.check(failure(failed).getAttribute("message").startsWith("FAILED"), failure(failed).getAttribute("message"));
        r.check(failure(failed).getTextContent().contains("sales.legacy_events")
                && failure(failed).getTextContent().contains("ODPS-0130013: Authorization exception"),
                "the failed task and its error: " + failure(failed).getTextContent());
        r.check(systemOut(failed).contains("create: created: job " + badId), systemOut(failed));

        String md = Files.readString(summary);
        r.check(md.startsWith("earlier step\n### mms job create: 2 specs, 1 failed"), "appended:\n" + md);
        r.check(md.contains("| good (" + goodId + ") | ✅ watch: DONE"), "the DONE job's row:\n" + md);
        r.check(md.contains("| legacy (" + badId + ") | ❌ watch: FAILED"), "the FAILED job's row:\n" + md);
        r.check(md.contains("ODPS-0130013"), "the error in its details:\n" + md);
        r.checkEquals(List.of(), leftovers(junit.getParent()), "no temporary file left");
    }

    @Test
    void theDeadlineStillWritesTheReportWithWhereEachJobWas() throws Exception {
        CliHarness slowMms = atSpeed(0.01);
        Path file = salesSpec("slow.yaml", "slow", "orders");
        Path junit = dir.resolve("create.xml");
        Files.writeString(junit, "an older report");
        CliHarness.Result r = slowMms.run("job", "create", "-f", file.toString(), "--watch", "--interval",
                "100ms", "--timeout", "2s", "--report", "junit=" + junit).assertExit(ExitCodes.TIMED_OUT);
        Element testCase = testCases(junit).get(0);
        Element failure = failure(testCase);
        r.check(failure != null, "a run that timed out did not pass");
        // At speed 0.01 the creation alone takes minutes: the 2s deadline finds the spec sent, its job not made.
        String where = failure.getAttribute("type") + ": " + failure.getAttribute("message");
        r.check(where.matches("create: submitted: async task \\d+, timed out while it was creating the job.*"),
                "where the deadline found it: " + where);
        r.check(failure.getTextContent().contains("mms job watch --async-task "),
                "how to resume: " + failure.getTextContent());
        r.checkEquals(List.of(), leftovers(dir), "no temporary file left");
    }

    @Test
    void unchangedAndSubmittedSpecsPass() throws Exception {
        Path first = salesSpec("a.yaml", "kept", "customers");
        mms.run("job", "create", "-f", first.toString(), "--wait", "--timeout", "60s").assertOk();
        salesSpec("b.yaml", "fresh", "products");
        Path junit = dir.resolve("create.xml");
        CliHarness.Result r = mms.run("job", "create", "-f", specs.toString(), "--if-not-exists",
                "--report", "junit=" + junit).assertOk();
        List<Element> cases = testCases(junit);
        r.check(cases.stream().allMatch(c -> failure(c) == null), "both passed");
        r.check(systemOut(cases.get(0)).contains("create: unchanged: job " + jobId(mms, "kept")),
                systemOut(cases.get(0)));
        r.check(systemOut(cases.get(1)).contains("create: submitted: async task "), systemOut(cases.get(1)));
    }

    @Test
    void anInvalidSpecIsAnnotatedAndReportedAndNothingIsSent() throws Exception {
        Path ok = salesSpec("ok.yaml", "ok", "orders");
        Path typo = specs.resolve("typo.yaml");
        Files.writeString(typo, "name: typo\nsourceId: 2000015\nsrcDbName: sales\ndstDbName: sales_dw\n"
                + "tableWhitelist: [orders]\n");
        Path junit = dir.resolve("create.xml");
        CliHarness.Result r = mms.withEnv("GITHUB_ACTIONS", "true").run("job", "create", "-f", ok.toString(), "-f",
                typo.toString(), "--report", "junit=" + junit).assertExit(ExitCodes.USAGE);
        r.check(r.errLines().contains("::error file=" + typo + ",line=5,col=1,title=mms job create::unknown key "
                + "'tableWhitelist'; did you mean 'tableWhiteList'?"), "the annotation on stderr");
        List<Element> cases = testCases(junit);
        r.checkEquals(2, cases.size(), "a test case per spec");
        r.check(failure(cases.get(0)) == null, "the valid one");
        r.checkEquals("validate", failure(cases.get(1)).getAttribute("type"), "the invalid one");
        r.check(mms.run("job", "list", "--source-id", "2000015", "-o", "json").assertOk().json().isEmpty(),
                "nothing sent");
    }
}
