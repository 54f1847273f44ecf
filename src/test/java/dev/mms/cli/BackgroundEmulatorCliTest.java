package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mms emulator start|status|stop} and the local profile's auto-start, as a user runs them: real background
 * processes on free ports, with their files in the test's own HOME. Every process a test starts is ended after it.
 */
class BackgroundEmulatorCliTest {

    @TempDir
    Path home;

    private final List<Long> started = new ArrayList<>();

    private CliHarness cli() {
        return CliHarness.of(home, null);
    }

    private Path stateDir() {
        return home.resolve(".local/state/mms");
    }

    @AfterEach
    void endWhatTheTestStarted() {
        for (long pid : started) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private long pidOf(int port) throws Exception {
        String pidFile = Files.readString(stateDir().resolve("emulator-" + port + ".pid"));
        long pid = Long.parseLong(pidFile.lines().filter(l -> l.startsWith("pid=")).findFirst().orElseThrow()
                .substring(4));
        started.add(pid);
        return pid;
    }

    private static int portOf(String endpoint) {
        return URI.create(endpoint.strip()).getPort();
    }

    @Test
    void startStatusUseAndStop() throws Exception {
        CliHarness.Result start = cli().run("emulator", "start", "--port", "0").assertOk();
        int port = portOf(start.out());
        long pid = pidOf(port);
        start.check(start.out().equals("http://127.0.0.1:" + port + "\n"), "the endpoint alone on stdout");
        start.check(start.err().contains("stop it with: mms emulator stop --port " + port), "says how to stop it");
        assertTrue(Files.exists(stateDir().resolve("emulator-" + port + ".log")), "its log is in the state directory");

        CliHarness.Result status = cli().run("emulator", "status").assertOk();
        status.check(status.out().startsWith("http://127.0.0.1:" + port + "  pid " + pid), "status lists it");
        cli().run("emulator", "start", "--port", String.valueOf(port)).assertOk()
                .checkEquals(start.out(), cli().run("emulator", "start", "--port", String.valueOf(port)).out(),
                        "starting it again gives the one that runs");

        CliHarness user = CliHarness.of(home, "127.0.0.1:" + port);
        user.run("job", "create", "-f", "docs/examples/tables-with-filters.yaml", "--source-id", "2000015").assertOk();
        // The emulator lists a job once its creation task has finished (about a second at speed 1), so look a few times.
        CliHarness.Result list = user.run("job", "list", "--source-id", "2000015", "-o", "name").assertOk();
        for (int tries = 0; tries < 50 && !list.out().startsWith("job/"); tries++) {
            Thread.sleep(200);
            list = user.run("job", "list", "--source-id", "2000015", "-o", "name").assertOk();
        }
        list.check(list.out().startsWith("job/"), "the job is on the background emulator");
        assertTrue(Files.exists(stateDir().resolve("emulator-" + port + ".json")), "its jobs are in its state file");

        CliHarness.Result stop = cli().run("emulator", "stop", "--port", String.valueOf(port)).assertOk();
        stop.check(stop.err().contains("stopped the emulator on http://127.0.0.1:" + port + " (pid " + pid + ")"),
                "names what it stopped");
        assertTrue(ProcessHandle.of(pid).map(p -> p.onExit().orTimeout(10, TimeUnit.SECONDS).join()).isPresent()
                || ProcessHandle.of(pid).isEmpty(), "the process has ended");
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the process has ended");
        cli().run("emulator", "status", "--port", String.valueOf(port)).assertExit(ExitCodes.NOT_FOUND);
        cli().run("emulator", "stop", "--port", String.valueOf(port)).assertExit(ExitCodes.NOT_FOUND);

        // the jobs survive a restart on the same port
        int again = portOf(cli().run("emulator", "start", "--port", String.valueOf(port)).assertOk().out());
        pidOf(again);
        user.run("job", "list", "--source-id", "2000015", "-o", "name").assertOk()
                .checkEquals(list.out(), user.run("job", "list", "--source-id", "2000015", "-o", "name").out(),
                        "same jobs after a restart");
        cli().run("emulator", "stop", "--port", String.valueOf(again)).assertOk();
    }

    /** A pid file whose pid is now some other process (here a sleep of ours): stop must not signal it. */
    @Test
    void stopNeverSignalsAProcessThatIsNotItsEmulator() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        started.add(sleeper.pid());
        Files.createDirectories(stateDir());
        Instant start = sleeper.toHandle().info().startInstant().orElseThrow();
        Files.writeString(stateDir().resolve("emulator-18777.pid"),
                "pid=" + sleeper.pid() + "\nport=18777\nstarted=" + start + "\nstate=" + stateDir() + "/x.json\n");
        CliHarness.Result stop = cli().run("emulator", "stop", "--port", "18777").assertExit(ExitCodes.NOT_FOUND);
        stop.check(stop.err().contains("nothing stopped"), "says nothing was stopped");
        assertTrue(sleeper.isAlive(), "the other process still runs");
        assertFalse(Files.exists(stateDir().resolve("emulator-18777.pid")), "the stale pid file is gone");
        cli().run("emulator", "status").assertExit(ExitCodes.NOT_FOUND);
    }

    /** An emulator's pid recorded for another port, or with another start time, is not that port's emulator. */
    @Test
    void aPidFileMustMatchPortAndStartTime() throws Exception {
        int port = portOf(cli().run("emulator", "start", "--port", "0").assertOk().out());
        long pid = pidOf(port);
        Path real = stateDir().resolve("emulator-" + port + ".pid");
        String recorded = Files.readString(real);
        Files.writeString(stateDir().resolve("emulator-18778.pid"), recorded.replace("port=" + port, "port=18778"));
        cli().run("emulator", "stop", "--port", "18778").assertExit(ExitCodes.NOT_FOUND);
        Files.writeString(real, recorded.replaceAll("started=.*", "started=2001-01-01T00:00:00Z"));
        cli().run("emulator", "stop", "--port", String.valueOf(port)).assertExit(ExitCodes.NOT_FOUND);
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "neither stop signalled it");
    }

    @Test
    void aPortInUseByAnotherProgramIsRefused() throws Exception {
        try (var other = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CliHarness.Result r = cli().run("emulator", "start", "--port", String.valueOf(other.getLocalPort()))
                    .assertExit(ExitCodes.USAGE);
            r.check(r.err().contains("in use by another program"), "says why");
        }
        cli().run("emulator", "start", "--port", "80").assertExit(ExitCodes.USAGE);
    }

    @Test
    void theLocalProfileStartsOneForItsLoopbackEndpointAndSaysHowToStopIt() throws Exception {
        int port;
        try (var free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        CliHarness.Result r = cli().withEnv("ALIBABA_CLOUD_ACCESS_KEY_ID", null)
                .withEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", null)
                .run("--profile", "local", "--endpoint", "http://127.0.0.1:" + port, "job", "list").assertOk();
        pidOf(port);
        r.check(r.err().contains("started a local MMS emulator on http://127.0.0.1:" + port)
                && r.err().contains("stop it with: mms emulator stop --port " + port), "says what it started and how to stop it");
        cli().run("emulator", "stop", "--port", String.valueOf(port)).assertOk();
    }

    @Test
    void theLocalProfileStartsNothingForAnyOtherEndpoint() {
        for (String endpoint : List.of("https://127.0.0.1:18443", "http://127.0.0.1:80", "http://127.0.0.1",
                "http://10.0.0.1:18086", "http://maxcompute.cn-hangzhou.aliyuncs.com:8080",
                "https://maxcompute.cn-hangzhou.aliyuncs.com")) {
            assertFalse(LocalEmulator.startsHere(URI.create(endpoint)), endpoint);
        }
        for (String endpoint : List.of("http://127.0.0.1:18086", "http://localhost:18090")) {
            assertTrue(LocalEmulator.startsHere(URI.create(endpoint)), endpoint);
        }
    }
}
