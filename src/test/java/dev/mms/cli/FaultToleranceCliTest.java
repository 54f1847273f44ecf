package dev.mms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mms.api.ClientSettings;
import dev.mms.api.HttpMmsClient;
import dev.mms.api.JobSpec;
import dev.mms.api.MmsClient;
import dev.mms.auth.Credentials;
import dev.mms.auth.StaticCredentialsProvider;
import dev.mms.emulator.EmulatorConfig;
import dev.mms.emulator.EmulatorServer;
import dev.mms.emulator.FaultPlan;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CLI against the emulator's {@code --faults} (issue 7): paging stays exact under 5xx, throttling, dropped and
 * cut-off answers, and a server that never answers is bounded by --timeout for every command. Retries wait through
 * the injected sleeper, so no test sits out a real backoff.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultToleranceCliTest {

    private static final int JOBS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path home;

    private EmulatorServer emulator;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @BeforeAll
    void startWithTwoThousandJobs() throws Exception {
        // One job made through the API, copied 2,000 times in the state file: creating them one by one would take
        // half a minute on a busy machine.
        Path state = home.resolve("state.json");
        EmulatorConfig config = EmulatorConfig.defaults().withPort(0).withSpeed(1000).withStateFile(state);
        try (EmulatorServer seed = EmulatorServer.start(config)) {
            MmsClient client = new HttpMmsClient(new ClientSettings(URI.create("http://" + seed.endpoint()), null,
                    null, null, null), new StaticCredentialsProvider(new Credentials(
                    EmulatorConfig.DEFAULT_ACCESS_KEY_ID, EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET, null), "test"));
            client.createJob(2000015, new JobSpec(2000015L, null, "fault-0", "sales", null, "sales_dw", null, null,
                    List.of("customers"), null, null, null, null, null, null, null, null, null, null, null, null, null));
        }
        ObjectNode document = (ObjectNode) JSON.readTree(state.toFile());
        ObjectNode first = (ObjectNode) document.get("jobs").get(0);
        ArrayNode jobs = document.putArray("jobs");
        for (int i = 0; i < JOBS; i++) {
            ObjectNode job = first.deepCopy();
            job.put("id", 100 + i);
            job.put("createdAtMillis", 0);
            ((ObjectNode) job.get("spec")).put("name", "fault-" + i);
            jobs.add(job);
        }
        document.put("nextJobId", 100 + JOBS);
        JSON.writeValue(state.toFile(), document);
        emulator = EmulatorServer.start(config);
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    private CliHarness mms() {
        return CliHarness.of(home, emulator.endpoint()).withTime(Clock.systemUTC(), waits::add);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5xx=0.07,throttle=0.07,drop=0.06,retry-after=2", "5xx=0.05,throttle=0.05,drop=0.05,truncate=0.05"})
    void listAllUnderTwentyPercentFaultsReturnsExactlyEveryJob(String faults) {
        emulator.injectFaults(FaultPlan.parse(faults, new Random(7)));
        waits.clear();
        CliHarness.Result r;
        try {
            r = mms().run("--attempts", "10", "job", "list", "--source-id", "2000015", "--all", "--page-size", "50",
                    "-o", "json");
        } finally {
            emulator.injectFaults(FaultPlan.none());
        }
        r.assertOk();
        JsonNode jobs = r.json();
        r.checkEquals(JOBS, jobs.size(), "every job, once");
        Set<Long> ids = new HashSet<>();
        jobs.forEach(job -> ids.add(job.get("id").asLong()));
        r.checkEquals(JOBS, ids.size(), "no job twice");
        for (int i = 0; i < JOBS; i++) {
            r.checkEquals("fault-" + (JOBS - 1 - i), jobs.get(i).get("name").asText(), "newest first, position " + i);
        }
        r.check(!waits.isEmpty(), "the faults were met and retried: " + waits);
        r.check(r.err().lines().allMatch(line -> line.startsWith("mms: retrying in ")), "only retry notices on stderr");
    }

    @ParameterizedTest
    @ValueSource(strings = {"job list", "job list --all", "source list", "job create", "job watch 1"})
    void aServerThatNeverAnswersIsBoundedByTimeoutForEveryCommand(String command) throws IOException {
        emulator.injectFaults(FaultPlan.parse("hang=1", new Random(1)));
        List<String> args = new ArrayList<>(List.of("--timeout", "1s", "--source-id", "2000015"));
        args.addAll(List.of(command.split(" ")));
        if (command.equals("job create")) {
            Path spec = Files.writeString(home.resolve("hang.yaml"),
                    "name: hang\nsrcDbName: sales\ndstDbName: sales_dw\ntables: [customers]\n");
            args.addAll(List.of("-f", spec.toString()));
        }
        long started = System.nanoTime();
        CliHarness.Result r;
        try {
            r = CliHarness.of(home, emulator.endpoint()).run(args.toArray(String[]::new));
        } finally {
            emulator.injectFaults(FaultPlan.none());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        r.assertExit(ExitCodes.TIMED_OUT);
        r.check(millis < 3000, "ended " + millis + " ms after a 1s --timeout");
        r.check(r.err().contains("timed out after 1s"), "says it timed out and what was pending");
    }

    @Test
    void anOutageLongerThanTheRetriesEndsAsUnavailableNamingTheServer() {
        waits.clear();
        emulator.injectFaults(FaultPlan.parse("outage=3600s", new Random(1)));
        CliHarness.Result r;
        try {
            r = mms().run("source", "list");
        } finally {
            emulator.injectFaults(FaultPlan.none());
        }
        r.assertExit(ExitCodes.UNAVAILABLE);
        r.check(r.err().contains(emulator.endpoint() + " closed the connection without answering"), "names it");
        r.checkEquals(3, waits.size(), "four attempts, three waits: " + waits);
    }
}
