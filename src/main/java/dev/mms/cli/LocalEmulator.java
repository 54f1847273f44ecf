package dev.mms.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes the built-in {@code local} profile work on a fresh machine: when nothing answers on its loopback port, starts
 * {@code mms emulator} there as a background process that outlives this command, with its state under
 * {@code $XDG_STATE_HOME/mms} (default {@code ~/.local/state/mms}). Never used for any other profile.
 */
final class LocalEmulator {

    private static final int START_WAIT_MILLIS = 20_000;
    /** Fast enough that a demo job finishes in seconds, slow enough to see it progress. */
    private static final String SPEED = "3";

    private LocalEmulator() {
    }

    static void ensureRunning(URI endpoint, CliEnvironment environment, PrintWriter notices) {
        String host = endpoint.getHost();
        int port = endpoint.getPort() < 0 ? 80 : endpoint.getPort();
        if (answers(host, port)) {
            return;
        }
        Path stateDir = stateDir(environment);
        try {
            Files.createDirectories(stateDir);
            Path state = stateDir.resolve("emulator-state.json");
            Path log = stateDir.resolve("emulator.log");
            List<String> command = SelfCommand.of(List.of("-XX:+UseSerialGC", "-Xmx256m"), "emulator",
                    "--port", String.valueOf(port), "--state", state.toString(), "--speed", SPEED);
            new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectErrorStream(true)
                    .start();
            if (notices != null) {
                notices.println("mms: started a local MMS emulator on " + host + ":" + port + " (state: " + state
                        + ", log: " + log + ")");
                notices.flush();
            }
        } catch (IOException e) {
            throw new UsageException("cannot start the local emulator: " + e.getMessage()
                    + "; start one yourself with: mms emulator");
        }
        long deadline = System.currentTimeMillis() + START_WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (answers(host, port)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new UsageException("the local emulator did not start on " + host + ":" + port + " within "
                + START_WAIT_MILLIS / 1000 + "s; see " + stateDir.resolve("emulator.log"));
    }

    private static Path stateDir(CliEnvironment environment) {
        String xdg = environment.getenv("XDG_STATE_HOME");
        Path base = xdg == null || xdg.isBlank() ? environment.home().resolve(".local").resolve("state") : Path.of(xdg);
        return base.resolve("mms");
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
