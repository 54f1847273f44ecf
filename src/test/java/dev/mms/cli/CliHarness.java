package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.emulator.EmulatorConfig;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs {@code mms} in-process, kcctl style: its own environment variables and home directory (a test's temp dir, so
 * no real ~/.aliyun or ~/.config is read), the emulator's default key, and an endpoint that is never the built-in
 * local profile's (which would start a background emulator).
 */
final class CliHarness {

    private final Map<String, String> env;
    private final Path home;
    private final String endpoint;
    private final boolean stdoutIsTerminal;
    private final boolean stderrIsTerminal;
    private final Clock clock;
    private final dev.mms.api.Sleeper sleeper;
    private final String stdin;
    private final boolean stdinIsTerminal;

    private CliHarness(Map<String, String> env, Path home, String endpoint, boolean stdoutIsTerminal,
                       boolean stderrIsTerminal, Clock clock, dev.mms.api.Sleeper sleeper, String stdin,
                       boolean stdinIsTerminal) {
        this.sleeper = sleeper;
        this.stdinIsTerminal = stdinIsTerminal;
        this.env = env;
        this.home = home;
        this.endpoint = endpoint;
        this.stdoutIsTerminal = stdoutIsTerminal;
        this.stderrIsTerminal = stderrIsTerminal;
        this.clock = clock;
        this.stdin = stdin;
    }

    /** Talks to {@code endpoint} (e.g. "127.0.0.1:1234"; null sends --endpoint nowhere) with the emulator's key. */
    static CliHarness of(Path home, String endpoint) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", EmulatorConfig.DEFAULT_ACCESS_KEY_ID);
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET);
        return new CliHarness(env, home, endpoint, false, false, Clock.systemUTC(),
                dev.mms.api.Sleeper.system(), "", false);
    }

    CliHarness withEnv(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(env);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new CliHarness(copy, home, endpoint, stdoutIsTerminal, stderrIsTerminal, clock, sleeper, stdin,
                stdinIsTerminal);
    }

    /** Pretends stdout and stderr are (or are not) a terminal. */
    CliHarness onTerminal(boolean stdout, boolean stderr) {
        return new CliHarness(env, home, endpoint, stdout, stderr, clock, sleeper, stdin, stdinIsTerminal);
    }

    /** Time for the command's deadline and waits: retries and polls sleep through {@code sleeper}, not for real. */
    CliHarness withTime(Clock time, dev.mms.api.Sleeper waits) {
        return new CliHarness(env, home, endpoint, stdoutIsTerminal, stderrIsTerminal, time, waits, stdin,
                stdinIsTerminal);
    }

    /** Pretends stdin is a terminal, where a person can answer a question such as job delete's. */
    CliHarness withStdinTerminal(String answers) {
        return new CliHarness(env, home, endpoint, stdoutIsTerminal, stderrIsTerminal, clock, sleeper, answers, true);
    }

    /** Text on stdin, which is then not a terminal (a pipe or a file). */
    CliHarness withStdin(String text) {
        return new CliHarness(env, home, endpoint, stdoutIsTerminal, stderrIsTerminal, clock, sleeper, text, false);
    }

    /**
     * Runs {@code args} on a thread of its own and interrupts it as Ctrl-C does, half a second after the first job of
     * {@code sourceId} appeared (by then the command follows it); the result once the command has ended.
     */
    Result runInterruptedOnceAJobExists(long sourceId, String... args) throws InterruptedException {
        AtomicReference<Result> result = new AtomicReference<>();
        Thread command = new Thread(() -> result.set(run(args)));
        command.start();
        long until = System.nanoTime() + 30_000_000_000L;
        while (run("job", "list", "--source-id", String.valueOf(sourceId), "-o", "json").assertOk().json().isEmpty()) {
            if (System.nanoTime() > until) {
                command.interrupt();
                throw new AssertionError("the job never appeared");
            }
            Thread.sleep(100);
        }
        Thread.sleep(500);
        command.interrupt();
        command.join(30_000);
        if (result.get() == null) {
            throw new AssertionError("the interrupted command did not end within 30 s");
        }
        return result.get();
    }

    /** Runs {@code mms --endpoint http://ENDPOINT ARGS...} and captures everything it wrote. */
    Result run(String... args) {
        List<String> all = new ArrayList<>();
        if (endpoint != null) {
            all.add("--endpoint");
            all.add("http://" + endpoint);
        }
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CliEnvironment environment = new CliEnvironment(Map.copyOf(env), home, in, clock, sleeper, stdoutIsTerminal,
                stderrIsTerminal).withStdinTerminal(stdinIsTerminal);
        int code = Main.run(environment, new PrintWriter(out, true), new PrintWriter(err, true),
                all.toArray(String[]::new));
        return new Result(all, code, out.toString(), err.toString());
    }

    /** What one command line did; every failed check shows the arguments, exit code, stdout and stderr. */
    record Result(List<String> args, int exitCode, String out, String err) {

        private static final ObjectMapper JSON = new ObjectMapper();

        Result assertExit(int expected) {
            if (exitCode != expected) {
                fail("expected exit " + expected + "\n" + this);
            }
            return this;
        }

        Result assertOk() {
            return assertExit(ExitCodes.OK);
        }

        /** stdout as JSON; a parse failure is reported with the whole result. */
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (java.io.IOException e) {
                throw new AssertionError("stdout is not one JSON document: " + e.getMessage() + "\n" + this, e);
            }
        }

        void check(boolean condition, String what) {
            if (!condition) {
                fail(what + "\n" + this);
            }
        }

        void checkEquals(Object expected, Object actual, String what) {
            assertEquals(expected, actual, () -> what + "\n" + this);
        }

        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }

        @Override
        public String toString() {
            return "mms " + String.join(" ", args) + "\n--- exit " + exitCode + "\n--- stdout:\n" + shorten(out)
                    + "--- stderr:\n" + shorten(err) + "---";
        }

        /** Keeps a failure message readable when a command printed thousands of jobs. */
        private static String shorten(String text) {
            int max = 20_000;
            return text.length() <= max ? text
                    : text.substring(0, max) + "\n[... " + (text.length() - max) + " more characters ...]\n";
        }
    }
}
