package dev.mms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code mms job apply} end to end against an in-process emulator: create missing, keep same, refuse or replace drifted. */
class JobApplyCliTest extends AgainstEmulator {

    private static final String HEAD = "sourceId: 2000015\nsrcDbName: sales\ndstDbName: sales_dw\n";

    private JsonNode jobs() {
        return mms.run("job", "list", "--source-id", "2000015", "--all", "-o", "json").assertOk().json();
    }

    private static List<String> field(JsonNode array, String name) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(name).asText()));
        return out;
    }

    /** Two specs; "kept" already has its job. */
    private long twoSpecsOneCreated() throws IOException {
        Path kept = write("kept.yaml", "name: kept\n" + HEAD + "tables: [customers]\n");
        write("fresh.yaml", "name: fresh\n" + HEAD + "tables: [products]\n");
        mms.run("job", "create", "-f", kept.toString()).assertOk();
        return jobs().get(0).get("id").asLong();
    }

    @Test
    void createsOnlyTheMissingJobs() throws IOException {
        long kept = twoSpecsOneCreated();
        CliHarness.Result r = mms.run("job", "apply", "-f", specs.toString(), "-o", "json").assertOk();
        r.checkEquals(List.of("create", "unchanged"), field(r.json(), "action"), "fresh, kept (file order)");
        r.checkEquals(List.of("created", "unchanged"), field(r.json(), "result"), "results");
        r.checkEquals(kept, r.json().get(1).get("jobId").asLong(), "the kept job");
        JsonNode jobs = jobs();
        r.checkEquals(2, jobs.size(), "one job created, none twice");
        CliHarness.Result again = mms.run("job", "apply", "-f", specs.toString(), "-o", "json").assertOk();
        again.checkEquals(List.of("unchanged", "unchanged"), field(again.json(), "action"), "idempotent");
        r.checkEquals(2, jobs().size(), "still two");
    }

    @Test
    void dryRunSendsNothing() throws IOException {
        twoSpecsOneCreated();
        CliHarness.Result r = mms.run("job", "apply", "-f", specs.toString(), "--dry-run").assertOk();
        r.check(r.out().contains("create"), "the plan of actions");
        r.checkEquals(1, jobs().size(), "nothing created");
    }

    @Test
    void driftedJobIsShownAndLeftAloneWithoutReplace() throws IOException {
        Path file = write("d.yaml", "name: d\n" + HEAD + "tables: [customers]\n");
        mms.run("job", "create", "-f", file.toString()).assertOk();
        long id = jobs().get(0).get("id").asLong();
        write("d.yaml", "name: d\n" + HEAD + "tables: [customers, products]\n");
        CliHarness.Result r = mms.run("job", "apply", "-f", file.toString()).assertExit(1);
        r.check(r.out().contains("@@ tables @@\n  customers\n+ products\n"), "the diff");
        r.check(r.out().contains("conflict"), "the action");
        JsonNode jobs = jobs();
        r.checkEquals(1, jobs.size(), "no job created");
        r.checkEquals(id, jobs.get(0).get("id").asLong(), "the drifted job untouched");
        r.checkEquals("[\"customers\"]", jobs.get(0).get("config").get("tables").toString(), "its config untouched");
    }

    @Test
    void replaceNeedsYesWhenNotOnATerminalAndThenRecreatesTheJob() throws IOException {
        Path file = write("d.yaml", "name: d\n" + HEAD + "tables: [customers]\n");
        mms.run("job", "create", "-f", file.toString()).assertOk();
        long old = jobs().get(0).get("id").asLong();
        write("d.yaml", "name: d\n" + HEAD + "tables: [customers, products]\n");
        CliHarness.Result refused = mms.run("job", "apply", "-f", file.toString(), "--replace").assertExit(2);
        refused.check(refused.err().contains("confirm with --yes"), "asks for --yes");
        refused.checkEquals(old, jobs().get(0).get("id").asLong(), "nothing sent");

        CliHarness.Result r = mms.run("job", "apply", "-f", file.toString(), "--replace", "--yes", "-o", "json")
                .assertOk();
        r.checkEquals("replace", r.json().get(0).get("action").asText(), "action");
        r.checkEquals("replaced", r.json().get(0).get("result").asText(), "result");
        r.checkEquals(old, r.json().get(0).get("replacedJobId").asLong(), "the old job");
        JsonNode jobs = jobs();
        r.checkEquals(1, jobs.size(), "the old job is gone, the new one there");
        r.check(jobs.get(0).get("id").asLong() != old, "a new job");
        r.checkEquals("[\"customers\",\"products\"]", jobs.get(0).get("config").get("tables").toString(),
                "from the spec");
        mms.run("job", "diff", "-f", file.toString()).assertOk();
    }

    @Test
    void onATerminalReplaceAsksFirst() throws IOException {
        Path file = write("d.yaml", "name: d\n" + HEAD + "tables: [customers]\n");
        mms.run("job", "create", "-f", file.toString()).assertOk();
        long old = jobs().get(0).get("id").asLong();
        write("d.yaml", "name: d\n" + HEAD + "tables: [products]\n");
        CliHarness.Result no = mms.onTerminal(true, true).withStdin("n\n")
                .run("job", "apply", "-f", file.toString(), "--replace").assertExit(2);
        no.check(no.err().contains("Stop and delete job " + old + " 'd'"), "the question");
        no.checkEquals(old, jobs().get(0).get("id").asLong(), "no means nothing sent");
        mms.onTerminal(true, true).withStdin("y\n").run("job", "apply", "-f", file.toString(), "--replace")
                .assertOk();
        JsonNode jobs = jobs();
        no.checkEquals(1, jobs.size(), "replaced");
        no.check(jobs.get(0).get("id").asLong() != old, "a new job");
    }

    @Test
    void watchFollowsWhatItCreated() throws IOException {
        Path file = write("w.yaml", "name: w\n" + HEAD + "tables: [customers]\n");
        CliHarness.Result r = mms.run("job", "apply", "-f", file.toString(), "--watch", "--interval", "100ms",
                "--timeout", "60s", "-o", "json").assertOk();
        r.checkEquals("DONE", r.json().get(0).get("status").asText(), "followed to DONE");
        r.check(r.json().get(0).get("jobId").asLong() > 0, "the new job's id");
    }

    @Test
    void invalidSpecSendsNothing() throws IOException {
        write("ok.yaml", "name: ok\n" + HEAD + "tables: [customers]\n");
        write("bad.yaml", "name: bad\n" + HEAD + "tabels: [customers]\n");
        CliHarness.Result r = mms.run("job", "apply", "-f", specs.toString()).assertExit(2);
        r.check(r.err().contains("nothing was sent"), "says so");
        r.checkEquals(0, jobs().size(), "no job");
    }

    @Test
    void underGithubActionsASummaryIsAppended() throws IOException {
        twoSpecsOneCreated();
        Path summary = specs.resolve("summary.md");
        mms.withEnv("GITHUB_ACTIONS", "true").withEnv("GITHUB_STEP_SUMMARY", summary.toString())
                .run("job", "apply", "-f", specs.resolve("fresh.yaml").toString()).assertOk();
        String md = Files.readString(summary);
        if (!md.startsWith("### mms job apply: 1 spec, all passed") || !md.contains("| fresh | ✅ apply: created")) {
            throw new AssertionError(md);
        }
    }
}
