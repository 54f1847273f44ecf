package dev.mms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.emulator.EmulatorConfig;
import dev.mms.emulator.EmulatorServer;
import dev.mms.emulator.FaultPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many specs at once through the real CLI against the emulator over loopback HTTP: exactly one job per spec under
 * injected faults (answers lost after the job was created included), every id reported, one deadline over several
 * slow jobs, and the resume command that, pasted, follows them all.
 */
class RunCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RESUME = Pattern.compile("^  (mms .* job watch .*)$", Pattern.MULTILINE);

    @TempDir
    Path home;
    @TempDir
    Path dir;

    private Path specs(int count, String prefix, String table) throws IOException {
        Path specs = Files.createDirectories(dir.resolve(prefix));
        for (int i = 0; i < count; i++) {
            String name = String.format("%s-%03d", prefix, i);
            Files.writeString(specs.resolve(name + ".yaml"), "name: " + name + "\nsourceId: 2000015\n"
                    + "srcDbName: sales\ndstDbName: sales_dw\ntables: [" + table + "]\n", StandardCharsets.UTF_8);
        }
        return specs;
    }

    /** The jobs the emulator holds, read from its state file: name to ids. */
    private static Map<String, List<Long>> jobsByName(Path state) throws IOException {
        Map<String, List<Long>> byName = new HashMap<>();
        for (JsonNode job : JSON.readTree(state.toFile()).get("jobs")) {
            byName.computeIfAbsent(job.get("spec").get("name").asText(), n -> new ArrayList<>())
                    .add(job.get("id").asLong());
        }
        return byName;
    }

    @Test
    void hundredSpecsUnderFaultsMakeExactlyHundredJobsEachReportedWithItsId() throws IOException {
        Path specs = specs(100, "bulk", "orders");
        Path state = dir.resolve("state.json");
        FaultPlan faults = FaultPlan.parse("5xx=0.04,throttle=0.02,drop=0.03,truncate=0.04,commit-drop=0.1,"
                + "commit-5xx=0.04,retry-after=1", new Random(8));
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(300)
                .withStateFile(state), faults)) {
            CliHarness mms = CliHarness.of(home, emulator.endpoint());

            CliHarness.Result first = mms.run("job", "create", "-f", specs.toString(), "--wait", "--concurrency", "8",
                    "--interval", "100ms", "--lost-answer-window", "10s", "--timeout", "240s", "-o", "json");

            JsonNode outcomes = first.json();
            first.checkEquals(100, outcomes.size(), "one outcome per spec");
            Map<String, List<Long>> onServer = jobsByName(state);
            Set<String> notCreated = new HashSet<>();
            int lostThenFound = 0;
            for (JsonNode o : outcomes) {
                String name = o.get("name").asText();
                String result = o.get("result").asText();
                List<Long> ids = onServer.getOrDefault(name, List.of());
                if (result.equals("CREATED")) {
                    first.checkEquals(List.of(o.get("jobId").asLong()), ids, "the reported job of " + name);
                    lostThenFound += o.has("message") && o.get("message").asText().contains("was lost") ? 1 : 0;
                } else {
                    first.check(result.equals("NOT_CREATED"), name + " is created or, honestly, not created");
                    first.checkEquals(List.of(), ids, "no job of " + name + " on the server");
                    notCreated.add(name);
                }
            }
            first.check(lostThenFound > 0, "some answers were lost after the job was made, and found by name");
            first.checkEquals(first.exitCode() == 0, notCreated.isEmpty(), "exit 0 only when every spec made a job");

            // Safe to run again: --if-not-exists sends only what was not created, and no name gets a second job.
            CliHarness.Result again = mms.run("job", "create", "-f", specs.toString(), "--wait", "--if-not-exists",
                    "--concurrency", "8", "--interval", "100ms", "--lost-answer-window", "10s", "--timeout", "240s",
                    "-o", "json");
            Map<String, List<Long>> after = jobsByName(state);
            int created = 0;
            for (JsonNode o : again.json()) {
                String name = o.get("name").asText();
                List<Long> ids = after.getOrDefault(name, List.of());
                if (!o.get("result").asText().equals("NOT_CREATED")) {
                    again.checkEquals(List.of(o.get("jobId").asLong()), ids, "the one job of " + name);
                    created++;
                }
            }
            for (List<Long> ids : after.values()) {
                again.checkEquals(1, ids.size(), "one job per name, never two: " + after);
            }
            again.check(created >= 100 - notCreated.size() && after.size() <= 100, "no spec made two jobs");
            System.out.println("faults run 1: " + (100 - notCreated.size()) + " of 100 created, " + lostThenFound
                    + " of them found after a lost answer, " + notCreated.size() + " not created; after run 2: "
                    + after.size() + " jobs for 100 specs");
        }
    }

    @Test
    void oneDeadlineOverSeveralSlowJobsEndsInTimeAndThePastedResumeCommandFollowsThemAll() throws IOException {
        Path specs = specs(3, "slow", "orders");
        // At half speed a creation takes 2s and a job 2s + 3s a task: the jobs exist but are far from done at 3s.
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(0.5))) {
            CliHarness mms = CliHarness.of(home, emulator.endpoint());
            long started = System.nanoTime();

            CliHarness.Result r = mms.run("--profile", "local", "job", "create", "-f", specs.toString(), "--watch",
                    "--interval", "200ms", "--timeout", "3s");

            long millis = (System.nanoTime() - started) / 1_000_000;
            r.assertExit(ExitCodes.TIMED_OUT);
            r.check(millis < 4_500, "ended within the 3s deadline (+ start-up), took " + millis + " ms");
            Matcher m = RESUME.matcher(r.err());
            r.check(m.find(), "one resume command");
            String resume = m.group(1);
            r.check(!m.find(), "only one resume command");
            r.check(resume.startsWith("mms --profile local --endpoint http://" + emulator.endpoint() + " job watch "),
                    "the context flags that were used: " + resume);
            r.check(resume.endsWith(" --source-id 2000015"), "the source: " + resume);
            for (String line : r.out().split("\n")) {
                if (line.startsWith(specs.toString())) {
                    String[] cells = line.trim().split("\\s+");
                    String id = cells[3].equals("-") ? cells[2] : cells[3]; // the job, else its async task
                    r.check(resume.contains(" " + id + " "), id + " is in the resume command");
                }
            }

            // Pasted as it is (the harness adds nothing: the command carries its own endpoint).
            List<String> words = new ArrayList<>(List.of(resume.split(" ")));
            words.remove(0);
            words.addAll(List.of("--timeout", "1s", "--interval", "200ms"));
            CliHarness.Result resumed = CliHarness.of(home, null).run(words.toArray(String[]::new));
            resumed.assertExit(ExitCodes.TIMED_OUT);
            for (int i = 0; i < 3; i++) {
                resumed.check(resumed.err().contains(String.format("slow-%03d", i)), "follows slow-" + i);
            }
            r.check(RESUME.matcher(resumed.err()).find(), "and says how to resume again");
        }
    }

    @Test
    void twoSpecsOfOneNameAreAnErrorNamingBothFilesAndNothingIsSent() throws IOException {
        Path specs = Files.createDirectories(dir.resolve("dup"));
        String body = "sourceId: 2000015\nsrcDbName: sales\ndstDbName: sales_dw\ntables: [orders]\n";
        Files.writeString(specs.resolve("a.yaml"), "name: same\n" + body);
        Files.writeString(specs.resolve("b.yaml"), "name: same\n" + body);
        Files.writeString(specs.resolve("c.yaml"), "name: other\n" + body);
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorConfig.defaults().withPort(0))) {
            CliHarness mms = CliHarness.of(home, emulator.endpoint());
            for (String command : List.of("validate", "create")) {
                CliHarness.Result r = mms.run("job", command, "-f", specs.toString()).assertExit(ExitCodes.USAGE);
                String said = r.out() + r.err(); // validate reports on stdout, create on stderr
                r.check(said.contains("a.yaml: name 'same' is also the name of") || said.contains("a.yaml:1:1: error:"),
                        "a.yaml named");
                r.check(said.contains("b.yaml") && said.contains("'same' is also the name of"), "b.yaml named, why");
                r.check(!said.contains("c.yaml:1"), "the other spec is fine");
            }
            CliHarness.Result list = mms.run("job", "list", "--source-id", "2000015", "-o", "json").assertOk();
            list.checkEquals(0, list.json().size(), "nothing was sent");
        }
    }

    @Test
    void withoutWaitASpecIsSubmittedAndNameOutputFeedsJobWatchThroughStdin() throws IOException {
        Path specs = specs(3, "piped", "orders");
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(300))) {
            CliHarness mms = CliHarness.of(home, emulator.endpoint());

            CliHarness.Result submitted = mms.run("job", "create", "-f", specs.toString(), "-o", "json").assertOk();
            for (JsonNode o : submitted.json()) {
                submitted.checkEquals("SUBMITTED", o.get("result").asText(), "not 'created' before the task finished");
                submitted.check(o.has("asyncTaskId") && !o.has("jobId"), "the async task id");
            }
            CliHarness.Result names = mms.run("job", "create", "-f", specs.toString(), "--if-not-exists", "--wait",
                    "-o", "name", "--interval", "100ms").assertOk();
            CliHarness.Result tasks = mms.run("job", "create", "-f", specs(2, "more", "orders").toString(), "-o",
                    "name").assertOk();
            tasks.check(tasks.out().startsWith("asynctask/"), "async tasks by name: " + tasks.out());

            CliHarness.Result watched = mms.withStdin(names.out() + tasks.out()).run("job", "watch", "-",
                    "--source-id", "2000015", "--interval", "100ms", "--timeout", "60s", "-o", "json").assertOk();
            Set<String> ended = new HashSet<>();
            for (String line : watched.out().split("\n")) {
                JsonNode event = parse(line);
                if (event.get("event").asText().equals("ended")) {
                    watched.checkEquals("DONE", event.get("status").asText(), "every job DONE");
                    ended.add(event.get("jobId").asText());
                }
            }
            watched.checkEquals(5, ended.size(), "five jobs followed to their end, three by job id, two by task");
        }
    }

    @Test
    void ifNotExistsReportsEveryJobOfTheNameAndDryRunSaysWhatItWouldSkip() throws IOException {
        Path specs = specs(1, "twice", "orders");
        Path other = specs(1, "fresh", "orders");
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(300))) {
            CliHarness mms = CliHarness.of(home, emulator.endpoint());
            mms.run("job", "create", "-f", specs.toString(), "--wait", "--interval", "100ms").assertOk();
            mms.run("job", "create", "-f", specs.toString(), "--wait", "--interval", "100ms").assertOk();

            CliHarness.Result r = mms.run("job", "create", "-f", specs.toString(), "-f", other.toString(),
                    "--if-not-exists", "--dry-run").assertOk();
            r.check(r.err().contains("would skip") && r.err().contains("jobs 100, 101 named 'twice-000' exist"),
                    "names both jobs of that name");
            r.check(r.out().contains("fresh-000") && !r.out().contains("twice-000"), "only the new spec is shown");

            CliHarness.Result skipped = mms.run("job", "create", "-f", specs.toString(), "--if-not-exists", "-o",
                    "json").assertOk();
            JsonNode o = skipped.json().get(0);
            skipped.checkEquals("UNCHANGED", o.get("result").asText(), "skipped");
            skipped.check(o.get("message").asText().contains("2 jobs named 'twice-000' already exist: 100, 101"),
                    "every existing job of the name");
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
