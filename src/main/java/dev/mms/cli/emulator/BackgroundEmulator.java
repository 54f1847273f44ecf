package dev.mms.cli.emulator;

import dev.mms.api.Deadline;
import dev.mms.cli.CliEnvironment;
import dev.mms.cli.SelfCommand;
import dev.mms.cli.UsageException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The emulator as a background service of one user: {@code mms emulator start|stop|status} and the built-in
 * {@code local} profile use it. Each port has its own files in the user's state directory
 * ({@code $XDG_STATE_HOME/mms}, default {@code ~/.local/state/mms}): {@code emulator-PORT.json} (the jobs),
 * {@code emulator-PORT.log} and {@code emulator-PORT.pid}. The pid file records the process's start time and
 * arguments, and stop signals only a process that still matches them: never another user's emulator, nor a process
 * that got the pid of one that has ended.
 */
public final class BackgroundEmulator {

    /** Fast enough that a demo job finishes in seconds, slow enough to see it progress. */
    public static final double DEFAULT_SPEED = 3;

    private static final Duration START_WAIT = Duration.ofSeconds(20);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(100);

    private final CliEnvironment environment;
    private final Path directory;

    public BackgroundEmulator(CliEnvironment environment) {
        this.environment = environment;
        String xdg = environment.getenv("XDG_STATE_HOME");
        Path base = xdg == null || xdg.isBlank() ? environment.home().resolve(".local").resolve("state") : Path.of(xdg);
        this.directory = base.resolve("mms");
    }

    /** An emulator this user started: its pid file says so and the process still matches it. */
    public record Running(long pid, int port, Instant started, Path stateFile, Path logFile) {
        public String endpoint() {
            return "http://127.0.0.1:" + port;
        }
    }

    public Path stateFile(int port) {
        return directory.resolve("emulator-" + port + ".json");
    }

    public Path logFile(int port) {
        return directory.resolve("emulator-" + port + ".log");
    }

    Path pidFile(int port) {
        return directory.resolve("emulator-" + port + ".pid");
    }

    /** The emulator on this port, if this user's pid file names a live emulator process. */
    public Optional<Running> find(int port) {
        Properties recorded = readPidFile(port);
        if (recorded == null) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(recorded.getProperty("pid", ""));
            Instant started = Instant.parse(recorded.getProperty("started", ""));
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (process.isEmpty() || !isEmulator(process.get(), port, started)) {
                return Optional.empty();
            }
            return Optional.of(new Running(pid, port, started, Path.of(recorded.getProperty("state")), logFile(port)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every emulator this user has running, by port. */
    public List<Running> all() {
        List<Running> running = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return running;
        }
        try (var files = Files.list(directory)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.matches("emulator-\\d+\\.pid"))
                    .map(n -> Integer.parseInt(n.substring("emulator-".length(), n.length() - ".pid".length())))
                    .sorted().forEach(port -> find(port).ifPresent(running::add));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return running;
    }

    /**
     * Starts an emulator on 127.0.0.1:port (0: a free port) in the background and waits until it answers. A port on
     * which this user's emulator runs already gives that one; a port something else holds is an error.
     */
    public Running start(int port, double speed, Path state, Path catalog, Deadline deadline) {
        int chosen = port == 0 ? freePort() : port;
        try {
            Files.createDirectories(directory);
            try (FileChannel lockFile = FileChannel.open(directory.resolve("emulator-" + chosen + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                Optional<Running> already = find(chosen);
                if (already.isPresent()) {
                    return already.get();
                }
                if (answers(chosen)) {
                    throw new UsageException("port " + chosen + " on 127.0.0.1 is in use by another program; "
                            + "choose another with --port N (0 picks a free one)");
                }
                return spawn(chosen, speed, state == null ? stateFile(chosen) : state.toAbsolutePath(), catalog,
                        deadline);
            }
        } catch (IOException e) {
            throw new UsageException("cannot start the emulator: " + e.getMessage());
        }
    }

    private Running spawn(int port, double speed, Path state, Path catalog, Deadline deadline) throws IOException {
        Path log = logFile(port);
        List<String> command = new ArrayList<>(launcher());
        command.addAll(List.of("emulator", "--port", String.valueOf(port), "--state", state.toString(),
                "--speed", formatSpeed(speed)));
        if (catalog != null) {
            command.addAll(List.of("--catalog", catalog.toAbsolutePath().toString()));
        }
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true)
                .start();
        Instant started = process.toHandle().info().startInstant().orElse(Instant.EPOCH);
        writePidFile(port, process.pid(), started, state);
        Deadline wait = Deadline.after(environment.clock(), START_WAIT);
        while (!answers(port)) {
            if (!process.isAlive()) {
                deletePidFile(port);
                throw new UsageException("the emulator on port " + port + " exited at once; see " + log);
            }
            if (wait.hasPassed() || deadline.hasPassed()) {
                throw new UsageException("the emulator did not answer on 127.0.0.1:" + port + " within "
                        + START_WAIT.toSeconds() + "s; see " + log + " (stop it with: mms emulator stop --port "
                        + port + ")");
            }
            sleep(deadline.cap(POLL));
        }
        return new Running(process.pid(), port, started, state, log);
    }

    /**
     * Stops this user's emulator on the port: SIGTERM, then, if it has not ended in 10 s, SIGKILL. Returns what was
     * stopped, or empty when none runs there (a stale pid file is removed; its pid is never signalled).
     */
    public Optional<Running> stop(int port, Deadline deadline) {
        Optional<Running> running = find(port);
        if (running.isEmpty()) {
            deletePidFile(port);
            return Optional.empty();
        }
        ProcessHandle process = ProcessHandle.of(running.get().pid()).orElse(null);
        if (process != null) {
            process.destroy();
            Deadline wait = Deadline.after(environment.clock(), STOP_WAIT);
            while (process.isAlive() && !wait.hasPassed() && !deadline.hasPassed()) {
                sleep(POLL);
            }
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
        deletePidFile(port);
        return running;
    }

    /**
     * The program that runs this mms (the same JVM and class path, or the native executable), in a session of its own
     * where there is setsid: Ctrl-C in the terminal that started it does not stop the emulator.
     */
    private static List<String> launcher() {
        List<String> command = new ArrayList<>();
        Path setsid = Path.of("/usr/bin/setsid");
        if (Files.isExecutable(setsid)) {
            command.add(setsid.toString());
        }
        command.addAll(SelfCommand.of(List.of("-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1")));
        return command;
    }

    /** The process is an mms emulator on this port, started when the pid file says. */
    private static boolean isEmulator(ProcessHandle process, int port, Instant started) {
        ProcessHandle.Info info = process.info();
        if (info.startInstant().isPresent() && !info.startInstant().get().equals(started)) {
            return false;
        }
        // the JDK gives no argument list for a long command line (a long class path), only the line itself
        List<String> arguments = info.arguments().map(List::of)
                .or(() -> info.commandLine().map(line -> List.of(line.split(" "))))
                .orElse(List.of());
        int emulator = arguments.indexOf("emulator");
        int portFlag = arguments.indexOf("--port");
        return emulator >= 0 && portFlag > emulator && portFlag + 1 < arguments.size()
                && arguments.get(portFlag + 1).equals(String.valueOf(port));
    }

    private Properties readPidFile(int port) {
        Path file = pidFile(port);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            return null;
        }
    }

    private void writePidFile(int port, long pid, Instant started, Path state) throws IOException {
        Path temporary = directory.resolve("emulator-" + port + ".pid.tmp");
        String text = "# written by mms emulator start; mms emulator stop signals only this process\n"
                + "pid=" + pid + "\nport=" + port + "\nstarted=" + started + "\nstate=" + state.toString()
                .replace("\\", "\\\\") + "\n";
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, pidFile(port), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void deletePidFile(int port) {
        try {
            Files.deleteIfExists(pidFile(port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sleep(Duration duration) {
        try {
            environment.sleeper().sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted while waiting for the emulator");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Something accepts connections on 127.0.0.1:port. */
    public static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String formatSpeed(double speed) {
        return speed == Math.rint(speed) ? String.valueOf((long) speed) : String.valueOf(speed);
    }
}
