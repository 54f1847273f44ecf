package dev.mms.cli;

import dev.mms.api.Sleeper;
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
        boolean terminal = System.console() != null;
        Map<String, String> env = System.getenv();
        // Java 17's console exists only when stdin and stdout are both terminals, so it also answers for stdin.
        return new CliEnvironment(env, home(env, System.getProperty("user.home")), System.in, Clock.systemUTC(),
                Sleeper.system(), terminal, terminal, terminal);
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
