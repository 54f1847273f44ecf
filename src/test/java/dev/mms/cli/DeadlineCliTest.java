package dev.mms.cli;

import dev.mms.testing.HangingServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --timeout bounds every command, not only watching: a server that accepts and never answers (issue 7). */
class DeadlineCliTest {

    @TempDir
    Path home;

    private HangingServer server;

    @BeforeEach
    void start() throws IOException {
        server = new HangingServer();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"job list", "job list --all -o json", "source list", "job create", "job watch 1"})
    void aServerThatNeverAnswersIsBoundedByTimeout(String command) throws IOException {
        List<String> args = new ArrayList<>(List.of("--timeout", "1s", "--source-id", "2000015"));
        args.addAll(List.of(command.split(" ")));
        if (command.equals("job create")) {
            Path spec = home.resolve("spec.yaml");
            Files.writeString(spec, "name: j1\nsrcDbName: db1\ndstDbName: p1\ntables: [t1]\n");
            args.addAll(List.of("-f", spec.toString()));
        }
        long started = System.nanoTime();

        CliHarness.Result r = CliHarness.of(home, server.endpoint()).run(args.toArray(String[]::new));

        long millis = (System.nanoTime() - started) / 1_000_000;
        r.assertExit(ExitCodes.TIMED_OUT);
        r.check(millis < 3000, "ended " + millis + " ms after a 1s --timeout");
        r.check(r.err().contains("timed out after 1s"), "says it timed out");
        r.check(!r.err().contains("Exception") && !r.err().contains("\tat "), "no stack trace, no JDK wording");
    }

    @Test
    void requestTimeoutAndAttemptsComeFromFlagsOrTheEnvironmentAndAreChecked() {
        CliHarness mms = CliHarness.of(home, server.endpoint());
        CliHarness.Result zero = mms.run("--request-timeout", "0s", "source", "list").assertExit(ExitCodes.USAGE);
        zero.check(zero.err().contains("--request-timeout must be more than 0"), "names the flag");
        CliHarness.Result env = mms.withEnv("MMS_ATTEMPTS", "lots").run("source", "list").assertExit(ExitCodes.USAGE);
        env.check(env.err().contains("MMS_ATTEMPTS must be a whole number"), "names the variable");

        long started = System.nanoTime();
        CliHarness.Result once = mms.withEnv("MMS_REQUEST_TIMEOUT", "300ms").run("--attempts", "1", "source", "list");
        long millis = (System.nanoTime() - started) / 1_000_000;
        once.assertExit(ExitCodes.UNAVAILABLE);
        once.check(once.err().contains("no answer from " + server.endpoint() + " within 300ms"), "the request timeout");
        once.check(millis < 2500 && server.connections() == 1, "one attempt of 300ms, took " + millis + " ms");
    }
}
