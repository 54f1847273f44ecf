package dev.mms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.emulator.EmulatorConfig;
import dev.mms.emulator.EmulatorServer;
import dev.mms.testing.ManualClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why a job failed and what to do about it, end to end against the emulator: a failed watch that explains itself,
 * job get, job tasks, task get/logs, retry, stop, start and delete. Jobs over the web database fail on
 * clickstream_raw; over sales on legacy_events (the built-in catalog says so).
 */
class JobLifecycleCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private final List<EmulatorServer> emulators = new ArrayList<>();

    @AfterEach
    void stop() {
        emulators.forEach(EmulatorServer::close);
    }

    /** An emulator where a job of 8 tasks ends in about 50 ms. */
    private CliHarness fast() throws IOException {
        EmulatorServer e = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(300));
        emulators.add(e);
        return CliHarness.of(home, e.endpoint());
    }

    private static CliHarness.Result run(CliHarness mms, String... args) {
        List<String> all = new ArrayList<>(List.of("--source-id", "2000015"));
        all.addAll(List.of(args));
        return mms.run(all.toArray(String[]::new));
    }

    /** Creates and follows a Database job over {@code db}; returns its id. */
    private static long failedJob(CliHarness mms, String name, String db) {
        run(mms, "job", "create", "--name", name, "--src-db", db, "--dst-db", db + "_dw", "--watch",
                "--interval", "20ms")
                .assertExit(ExitCodes.FAILED);
        JsonNode jobs = run(mms, "job", "list", "--name", name, "-o", "json").assertOk().json();
        return jobs.get(0).get("id").asLong();
    }

    @Test
    void aFailedWatchNamesTheFailedTableAndErrorOnStderrAndSaysHowToGoOn() throws IOException {
        CliHarness mms = fast();
        CliHarness.Result r = run(mms, "job", "create", "--name", "web all", "--src-db", "web", "--dst-db", "web_dw",
                "--watch", "--interval", "20ms").assertExit(ExitCodes.FAILED);
        long jobId = run(mms, "job", "list", "-o", "json").assertOk().json().get(0).get("id").asLong();
        r.check(r.err().contains("1 task failed:"), "counts the failed tasks");
        r.check(r.err().matches("(?s).*web\\.clickstream_raw\\s+-\\s+data\\s+ODPS-0123131: User defined function "
                + "exception - UDTF mms_hive_reader: unsupported SerDe.*"), "table, partition, phase and error");
        r.check(r.err().contains("mms job tasks " + jobId + " --failed --source-id 2000015"), "how to see them all");
        r.check(r.err().contains("mms job retry " + jobId + " --source-id 2000015"), "how to retry");
        r.check(!r.out().contains("clickstream_raw"), "nothing of it on stdout");
    }

    @Test
    void ndjsonOfAFailedWatchEndsWithAnEventCarryingTheFailedTasks() throws IOException {
        CliHarness mms = fast();
        CliHarness.Result r = run(mms, "job", "create", "--name", "sales all", "--src-db", "sales", "--dst-db",
                "sales_dw", "--watch", "--interval", "20ms", "-o", "json").assertExit(ExitCodes.FAILED);
        String[] lines = r.out().split("\n");
        JsonNode last = JSON.readTree(lines[lines.length - 1]);
        r.checkEquals("failedTasks", last.get("event").asText(), "the last event");
        r.checkEquals(1, last.get("failedTaskCount").asInt(), "one failed task");
        JsonNode failed = last.get("failedTasks").get(0);
        r.checkEquals("legacy_events", failed.get("task").get("srcTableName").asText(), "the server's task object");
        r.checkEquals("data", failed.get("phase").asText(), "phase");
        r.check(failed.get("error").asText().startsWith("ODPS-0130013: Authorization exception"), "error");
        for (String line : lines) {
            JSON.readTree(line); // every line is one JSON object
        }
    }

    @Test
    void jobTasksFailedListsExactlyTheFailedTasksAndEveryFilterWorks() throws IOException {
        CliHarness mms = fast();
        long web = failedJob(mms, "web all", "web");
        failedJob(mms, "sales all", "sales");

        CliHarness.Result failed = run(mms, "job", "tasks", String.valueOf(web), "--failed", "-o", "json").assertOk();
        failed.checkEquals(1, failed.json().size(), "only the failed task of this job");
        failed.checkEquals("clickstream_raw", failed.json().get(0).get("srcTableName").asText(), "which one");
        CliHarness.Result name = run(mms, "job", "tasks", "job/" + web, "--failed", "-o", "name").assertOk();
        name.checkEquals("task/" + (web * 10_000 + 8) + "\n", name.out(), "-o name, job/ID form");

        CliHarness.Result done = run(mms, "job", "tasks", String.valueOf(web), "--status", "done", "--all",
                "-o", "csv", "--columns", "status").assertOk();
        done.checkEquals(8, done.out().split("\n").length, "header + 7 DONE tasks");
        CliHarness.Result both = run(mms, "job", "tasks", String.valueOf(web), "--status", "DONE,DATA_FAILED",
                "-o", "json").assertOk();
        both.checkEquals(8, both.json().size(), "two statuses, one query each");
        CliHarness.Result table = run(mms, "job", "tasks", String.valueOf(web), "--table", "page_views",
                "--partition", "ds=2024-06-02/hh=8", "-o", "json").assertOk();
        table.checkEquals(1, table.json().size(), "--table and --partition");
        CliHarness.Result otherDb = run(mms, "job", "tasks", String.valueOf(web), "--db", "sales").assertOk();
        otherDb.check(otherDb.err().contains("No tasks found for job " + web), "a filter that matches nothing");
        CliHarness.Result dst = run(mms, "job", "tasks", String.valueOf(web), "--dst-db", "web_dw", "--dst-table",
                "sessions", "-o", "name").assertOk();
        dst.checkEquals("task/" + (web * 10_000 + 7) + "\n", dst.out(), "--dst-db and --dst-table");
        CliHarness.Result sorted = run(mms, "job", "tasks", String.valueOf(web), "--sort", "status:asc", "--limit",
                "1", "-o", "json").assertOk();
        sorted.checkEquals("DATA_FAILED", sorted.json().get(0).get("status").asText(), "sorted by status, limited");
        CliHarness.Result paged = run(mms, "job", "tasks", String.valueOf(web), "--page-size", "3", "--page", "3",
                "-o", "json").assertOk();
        paged.checkEquals(2, paged.json().size(), "page 3 of 8 tasks by 3");
        CliHarness.Result wide = run(mms, "job", "tasks", String.valueOf(web), "-o", "wide").assertOk();
        wide.check(wide.out().contains("PHASE") && wide.out().contains("RETRIED"), "wide columns");

        CliHarness.Result bad = run(mms, "job", "tasks", String.valueOf(web), "--status", "BROKEN")
                .assertExit(ExitCodes.USAGE);
        bad.check(bad.err().contains("unknown task status 'BROKEN'") && bad.err().contains("VERIFICATION_FAILED"),
                "lists the valid statuses");
    }

    @Test
    void jobGetDescribesTheJobItsTasksAndItsFailures() throws IOException {
        CliHarness mms = fast();
        long web = failedJob(mms, "web all", "web");
        CliHarness.Result r = run(mms, "job", "get", String.valueOf(web)).assertOk();
        r.check(r.out().matches("(?s)ID:\\s+" + web + "\nName:\\s+web all\nStatus:\\s+FAILED\n"
                + "Progress:\\s+7/8 tasks done\n.*"), "status and progress");
        r.check(r.out().matches("(?s).*Scope:\\s+Database: whole database\n.*"), "scope");
        r.check(r.out().matches("(?s).*Tasks:\\s+DATA_FAILED 1, DONE 7\n.*"), "tasks by status");
        r.check(r.out().contains("web.clickstream_raw") && r.out().contains("unsupported SerDe"), "the failure");

        JsonNode doc = run(mms, "job", "describe", "job/" + web, "-o", "json").assertOk().json();
        r.checkEquals(web, doc.get("job").get("id").asLong(), "the job under its own key");
        r.checkEquals(8, doc.get("tasks").size(), "its tasks under theirs");
        r.check(doc.get("job").has("srcSchemaName") && doc.get("job").get("srcSchemaName").isNull(),
                "the server's object unchanged, nulls kept");

        CliHarness.Result two = run(mms, "job", "get", String.valueOf(web), "999", "-o", "json")
                .assertExit(ExitCodes.NOT_FOUND);
        two.checkEquals(1, two.json().size(), "an array of what was found");
        two.check(two.err().contains("cannot show job/999") && two.err().contains("Job.NotFound"), "says which");
        CliHarness.Result yaml = run(mms, "job", "get", String.valueOf(web), "-o", "yaml").assertOk();
        yaml.check(yaml.out().startsWith("job:\n"), "yaml document");
        CliHarness.Result none = run(mms, "job", "get").assertExit(ExitCodes.USAGE);
        none.check(none.err().contains("give the id of a job"), "needs an id");
    }

    @Test
    void taskGetAndTaskLogsTellWhatATaskDidAndWhyItFailed() throws IOException {
        CliHarness mms = fast();
        long web = failedJob(mms, "web all", "web");
        long taskId = web * 10_000 + 8;
        CliHarness.Result get = run(mms, "task", "get", String.valueOf(taskId)).assertOk();
        get.check(get.out().matches("(?s).*Table:\\s+web.clickstream_raw\n.*Status:\\s+DATA_FAILED\n"
                + "Phase:\\s+data\nError:\\s+ODPS-0123131.*"), "describe with the error from the logs");
        JsonNode json = run(mms, "task", "get", "task/" + taskId, "-o", "json").assertOk().json();
        get.checkEquals("DATA_FAILED", json.get("status").asText(), "the object");
        get.check(json.get("endTime").isTextual(), "a finished task has its end time");

        CliHarness.Result logs = run(mms, "task", "logs", String.valueOf(taskId)).assertOk();
        String[] lines = logs.out().split("\n");
        logs.check(lines[lines.length - 1].matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  DATA_FAILED .*"
                + "unsupported SerDe.*"), "the last line says why");
        logs.check(logs.out().contains("SCHEMA_DOING") && logs.out().contains("create table if not exists"),
                "the story");
        JsonNode logJson = run(mms, "task", "logs", String.valueOf(taskId), "-o", "json").assertOk().json();
        logs.checkEquals(lines.length, logJson.size(), "one object per line");
        run(mms, "task", "logs", String.valueOf(taskId), "-o", "csv").assertExit(ExitCodes.USAGE);
        run(mms, "task", "get", "9999999").assertExit(ExitCodes.NOT_FOUND);
        run(mms, "task", "get", "nope").assertExit(ExitCodes.USAGE);
    }

    @Test
    void retryOfFailedJobsFromJobListOnStdinAndAPlainErrorForADoneOne() throws IOException {
        CliHarness mms = fast();
        long web = failedJob(mms, "web all", "web");
        long sales = failedJob(mms, "sales all", "sales");
        run(mms, "job", "create", "--name", "ok", "--src-db", "sales", "--dst-db", "x", "--tables", "customers",
                "--watch", "--interval", "20ms").assertOk();
        long ok = run(mms, "job", "list", "--name", "ok", "-o", "json").assertOk().json().get(0).get("id").asLong();

        String names = run(mms, "job", "list", "--status", "FAILED", "-o", "name").assertOk().out();
        CliHarness.Result retried = run(mms.withStdin(names), "job", "retry", "-").assertOk();
        retried.check(retried.out().contains("job/" + web + " retried\n")
                && retried.out().contains("job/" + sales + " retried\n"), "each job retried");
        JsonNode task = run(mms, "task", "get", String.valueOf(web * 10_000 + 8), "-o", "json").assertOk().json();
        retried.checkEquals(1, task.get("retriedTimes").asInt(), "the failed task ran again");

        CliHarness.Result refused = run(mms, "job", "retry", String.valueOf(ok)).assertExit(ExitCodes.API_ERROR);
        refused.check(refused.err().startsWith("Error: cannot retry job/" + ok + ": job " + ok
                + " is DONE; only a FAILED job can be retried (code Job.InvalidStatus, HTTP 400"), "plain message");
        refused.check(!refused.err().contains("Exception"), "no Java");
        refused.checkEquals(1, refused.errLines().size(), "one line");

        CliHarness.Result watched = run(mms, "job", "retry", String.valueOf(web), "--watch", "--interval", "20ms")
                .assertExit(ExitCodes.FAILED);
        watched.check(watched.err().contains("web.clickstream_raw"), "the watch explains the failure again");
    }

    @Test
    void stopAndStartSendTheirRequestsAndRefuseWhatTheStatusDoesNotAllow() throws IOException {
        ManualClock clock = new ManualClock(Instant.now());
        EmulatorServer e = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(1).withClock(clock));
        emulators.add(e);
        CliHarness mms = CliHarness.of(home, e.endpoint());
        run(mms, "job", "create", "--name", "slow", "--src-db", "web", "--dst-db", "web_dw").assertOk();
        clock.advance(Duration.ofMillis(2_500));
        long id = run(mms, "job", "list", "-o", "json").assertOk().json().get(0).get("id").asLong();

        CliHarness.Result stopped = run(mms, "job", "stop", "job/" + id).assertOk();
        stopped.checkEquals("job/" + id + " stopped\n", stopped.out(), "stopped");
        JsonNode job = run(mms, "job", "get", String.valueOf(id), "-o", "json").assertOk().json().get("job");
        stopped.check(job.get("stopped").asBoolean(), "the server has it stopped");
        CliHarness.Result again = run(mms, "job", "stop", String.valueOf(id)).assertExit(ExitCodes.API_ERROR);
        again.check(again.err().contains("already stopped"), "says why: " + again.err());

        CliHarness.Result started = run(mms, "job", "start", String.valueOf(id)).assertOk();
        started.checkEquals("job/" + id + " started\n", started.out(), "started");
        CliHarness.Result startAgain = run(mms, "job", "start", String.valueOf(id)).assertExit(ExitCodes.API_ERROR);
        startAgain.check(startAgain.err().contains("already running"), "says why");
        CliHarness.Result running = run(mms, "job", "delete", String.valueOf(id), "--yes")
                .assertExit(ExitCodes.API_ERROR);
        running.check(running.err().contains("stop it before deleting"), "a running job is not deleted");
        run(mms, "job", "stop", String.valueOf(id)).assertOk();
        CliHarness.Result deleted = run(mms, "job", "delete", String.valueOf(id), "--yes").assertOk();
        deleted.checkEquals("job/" + id + " deleted (slow, DOING (stopped), 8 tasks)\n", deleted.out(),
                "a stopped job is deleted, and said to be stopped");
        run(mms, "job", "start", "999").assertExit(ExitCodes.NOT_FOUND);
    }

    @Test
    void deleteAsksOnATerminalAndNeedsYesOffOneAndSaysWhatItDeleted() throws IOException {
        CliHarness mms = fast();
        long web = failedJob(mms, "web all", "web");
        long sales = failedJob(mms, "sales all", "sales");

        CliHarness.Result refused = run(mms, "job", "delete", String.valueOf(web)).assertExit(ExitCodes.USAGE);
        refused.check(refused.err().contains("--yes") && refused.err().contains("nothing was deleted"), "why");
        run(mms, "job", "get", String.valueOf(web), "-o", "json").assertOk();

        CliHarness.Result no = run(mms.withStdinTerminal("n\n"), "job", "delete", String.valueOf(web))
                .assertOk();
        no.check(no.err().contains("job/" + web + "  web all, FAILED, 8 tasks") && no.err().contains("[y/N]"),
                "asks, naming the job");
        no.check(no.err().contains("Nothing was deleted."), "and respects no");
        run(mms, "job", "get", String.valueOf(web), "-o", "json").assertOk();

        CliHarness.Result yes = run(mms.withStdinTerminal("y\n"), "job", "delete", String.valueOf(web)).assertOk();
        yes.checkEquals("job/" + web + " deleted (web all, FAILED, 8 tasks)\n", yes.out(), "says what it deleted");
        run(mms, "job", "get", String.valueOf(web)).assertExit(ExitCodes.NOT_FOUND);

        CliHarness.Result piped = run(mms.withStdin("job/" + sales + "\n"), "job", "delete", "-")
                .assertExit(ExitCodes.USAGE);
        piped.check(piped.err().contains("--yes"), "ids on stdin leave nobody to answer");
        CliHarness.Result scripted = run(mms.withStdin("job/" + sales + "\n"), "job", "delete", "-", "--yes")
                .assertOk();
        scripted.checkEquals("job/" + sales + " deleted (sales all, FAILED, 17 tasks)\n", scripted.out(), "deleted");
        CliHarness.Result gone = run(mms, "job", "delete", String.valueOf(sales), "--yes")
                .assertExit(ExitCodes.NOT_FOUND);
        gone.check(gone.err().contains("cannot delete job/" + sales), "a second delete says it is not there");
    }

    @Test
    void jobTasksWatchPrintsChangesUntilTheJobEnds() throws IOException {
        CliHarness mms = fast();
        long web = failedJob(mms, "web all", "web");
        CliHarness.Result r = run(mms, "job", "tasks", String.valueOf(web), "--watch", "--interval", "20ms", "-o", "json")
                .assertExit(ExitCodes.FAILED);
        String[] lines = r.out().split("\n");
        r.checkEquals(8, lines.length, "every task once, then no change: the job had ended");
        for (String line : lines) {
            r.checkEquals(web, JSON.readTree(line).get("jobId").asLong(), "one task object per line");
        }
    }
}
