package dev.mms.cli;

import dev.mms.api.Sleeper;
import dev.mms.render.Terminal;
import dev.mms.render.TerminalInfo;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Everything a command reads from the process around it, passed in so that tests run commands in-process with their
 * own environment variables, home directory, stdin and terminal answer.
 */
public record CliEnvironment(Map<String, String> env, Path home, InputStream stdin, Clock clock, Sleeper sleeper,
                             boolean stdoutIsTerminal, boolean stderrIsTerminal, boolean stdinIsTerminal) {

    /** Without a sleeper of its own: the system's, which really waits. */
    public CliEnvironment(Map<String, String> env, Path home, InputStream stdin, Clock clock,
                          boolean stdoutIsTerminal, boolean stderrIsTerminal) {
        this(env, home, stdin, clock, Sleeper.system(), stdoutIsTerminal, stderrIsTerminal);
    }

    /** With stdin not a terminal: nobody there to answer a question (job delete then needs --yes). */
    public CliEnvironment(Map<String, String> env, Path home, InputStream stdin, Clock clock, Sleeper sleeper,
                          boolean stdoutIsTerminal, boolean stderrIsTerminal) {
        this(env, home, stdin, clock, sleeper, stdoutIsTerminal, stderrIsTerminal, false);
    }

    /** This environment with stdin a terminal (or not), for commands that ask before they act. */
    public CliEnvironment withStdinTerminal(boolean value) {
        return new CliEnvironment(env, home, stdin, clock, sleeper, stdoutIsTerminal, stderrIsTerminal, value);
    }

    public static CliEnvironment ofProcess() {
        boolean console = System.console() != null;
        Map<String, String> env = System.getenv();
        // Java 17's console exists only when stdin and stdout are both terminals, so it also answers for stdin.
        return new CliEnvironment(env, home(env, System.getProperty("user.home")), System.in, Clock.systemUTC(),
                Sleeper.system(), isTerminal(System.getProperty(STDOUT_TTY), 1, console),
                isTerminal(System.getProperty(STDERR_TTY), 2, console), isTerminal(null, 0, console));
    }

    /** What bin/mms's {@code [ -t 1 ]} and {@code [ -t 2 ]} said: "1" or "0". */
    static final String STDOUT_TTY = "mms.stdout.tty";
    static final String STDERR_TTY = "mms.stderr.tty";

    /**
     * Whether file descriptor {@code fd} is a terminal, each stream on its own (Java 17's {@code System.console()}
     * only says whether stdin and stdout both are, so {@code 2>err.log} on a terminal looked like a terminal): the
     * launcher's answer when it gave one, else where Linux says the descriptor points, else the console.
     */
    static boolean isTerminal(String launcherAnswer, int fd, boolean console) {
        if ("1".equals(launcherAnswer) || "0".equals(launcherAnswer)) {
            return "1".equals(launcherAnswer);
        }
        try {
            String target = java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return console;
        }
    }

    /** What stdout allows: colour, redraws, width. */
    public TerminalInfo stdout() {
        return Terminal.detect(env, stdoutIsTerminal);
    }

    /** What stderr allows: a live view redraws only where {@link TerminalInfo#redraws()}. */
    public TerminalInfo stderr() {
        return Terminal.detect(env, stderrIsTerminal);
    }

    /** $HOME as the shell and the aliyun CLI see it; Java's user.home (from the password database) only without it. */
    static Path home(Map<String, String> env, String userHome) {
        String home = env.get("HOME");
        return Path.of(home == null || home.isBlank() ? userHome : home);
    }

    public String getenv(String name) {
        return env.get(name);
    }
}
