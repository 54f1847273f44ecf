package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.emulator.EmulatorConfig;
import dev.mms.emulator.EmulatorServer;
import dev.mms.emulator.FaultPlan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT) and SIGTERM sent to a real mms process, in the middle of sending and of following: it exits 130,
 * and every async task and job the server made is on stdout (the outcome table) and in the one resume command.
 */
class RealProcessInterruptTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RESUME = Pattern.compile("^  (mms .* job watch .*)$", Pattern.MULTILINE);

    @TempDir
    Path dir;

    private Path specs(int count) throws IOException {
        Path specs = Files.createDirectories(dir.resolve("specs"));
        for (int i = 0; i < count; i++) {
            Files.writeString(specs.resolve("s" + i + ".yaml"), "name: sig-" + i + "\nsourceId: 2000015\n"
                    + "srcDbName: sales\ndstDbName: sales_dw\ntables: [orders]\n", StandardCharsets.UTF_8);
        }
        return specs;
    }

    /** The process, started so that SIGINT reaches it even when the test runner ignores it (as `cmd &` does). */
    private Process start(String endpoint, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        boolean python = Files.isExecutable(Path.of("/usr/bin/python3"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if (python) {
            command.addAll(List.of("/usr/bin/python3", "-c", "import os,signal,sys; "
                    + "signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"));
        }
        command.addAll(List.of(java, "-cp", System.getProperty("java.class.path"), "dev.mms.cli.Main",
                "--endpoint", "http://" + endpoint));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("ALIBABA_CLOUD_ACCESS_KEY_ID", EmulatorConfig.DEFAULT_ACCESS_KEY_ID);
        pb.environment().put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET);
        pb.environment().put("HOME", dir.toString());
        return pb.start();
    }

    private static List<String> collect(java.io.InputStream in) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(read failed: " + e + ")");
            }
        });
        t.setDaemon(true);
        t.start();
        return lines;
    }

    private static void await(List<String> lines, Predicate<List<String>> ready, Process p) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!ready.test(lines)) {
            if (System.nanoTime() > until || !p.isAlive()) {
                throw new AssertionError("never got there; stderr so far:\n" + String.join("\n", lines));
            }
            Thread.sleep(50);
        }
    }

    private static void signal(Process p, String name) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + name, String.valueOf(p.pid())).start().waitFor());
    }

    private static long count(List<String> lines, String text) {
        return lines.stream().filter(l -> l.contains(text)).count();
    }

    /** Runs to the point {@code ready}, sends the signal, and checks that every id the server made is reported. */
    private void interruptAndCheck(String signal, FaultPlan faults, double speed, int specs,
                                   Predicate<List<String>> ready) throws Exception {
        Path state = dir.resolve("state.json");
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(speed)
                .withStateFile(state), faults)) {
            Path junit = dir.resolve("reports/create.xml");
            Process p = start(emulator.endpoint(), "job", "create", "-f", specs(specs).toString(), "--watch",
                    "--concurrency", "2", "--interval", "200ms", "--report", "junit=" + junit);
            List<String> out = collect(p.getInputStream());
            List<String> err = collect(p.getErrorStream());
            await(err, ready, p);
            long signalled = System.nanoTime();
            signal(p, signal);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "ended after " + signal);
            long millis = (System.nanoTime() - signalled) / 1_000_000;
            Thread.sleep(200); // the readers reach the end of the streams
            String stdout = String.join("\n", out);
            String stderr = String.join("\n", err);
            String all = "--- stdout:\n" + stdout + "\n--- stderr:\n" + stderr;
            assertEquals(130, p.exitValue(), all);
            Matcher m = RESUME.matcher(stderr);
            assertTrue(m.find(), "a resume command\n" + all);
            String resume = m.group(1) + " ";
            assertTrue(!m.find(), "one resume command\n" + all);
            JsonNode saved = JSON.readTree(state.toFile());
            assertTrue(saved.get("asyncTasks").size() > 0, "the server made something\n" + all);
            for (JsonNode task : saved.get("asyncTasks")) {
                String taskId = task.get("id").asText();
                String jobId = task.get("objectId").asText();
                assertTrue(stdout.contains(" " + taskId + " "), "async task " + taskId + " on stdout\n" + all);
                assertTrue(resume.contains(" " + jobId + " ") || resume.contains(" " + taskId + " "),
                        "job " + jobId + " (async task " + taskId + ") in the resume command\n" + all);
            }
            assertTrue(stderr.contains("Interrupted"), all);
            // The JUnit report is written whole before the process ends: a test case per spec, none passed.
            org.w3c.dom.Document report = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(junit.toFile());
            assertEquals(specs, report.getElementsByTagName("testcase").getLength(), "a test case per spec\n" + all);
            assertEquals(specs, report.getElementsByTagName("failure").getLength(), "none passed\n" + all);
            assertTrue(Files.readString(junit).contains("interrupted"), Files.readString(junit));
            System.out.println(signal + ": exit 130 " + millis + " ms after the signal, "
                    + saved.get("asyncTasks").size() + " of " + specs + " specs sent, every id reported");
        }
    }

    @Test
    void ctrlCWhileSendingPrintsEveryAsyncTaskAndJobIdAndOneResumeCommand() throws Exception {
        // Every request takes 300ms: with 2 at a time, 10 specs take a few seconds to send.
        interruptAndCheck("INT", FaultPlan.parse("latency=300ms", new Random(1)), 0.2, 10,
                lines -> count(lines, "creating") >= 2);
    }

    @Test
    void sigtermWhileFollowingPrintsEveryJobIdAndOneResumeCommand() throws Exception {
        // At speed 0.2 a job runs for minutes: interrupted once every one of the 4 is being followed.
        interruptAndCheck("TERM", FaultPlan.none(), 0.2, 4, lines -> count(lines, "  created") + count(lines, "INIT")
                + count(lines, "DOING") >= 4);
    }
}
