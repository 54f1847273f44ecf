package dev.mms.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Everything a command reads from the process around it, passed in so that tests run commands in-process with their
 * own environment variables, home directory, stdin and terminal answer.
 */
public record CliEnvironment(Map<String, String> env, Path home, InputStream stdin, Clock clock,
                             boolean stdoutIsTerminal, boolean stderrIsTerminal) {

    public static CliEnvironment ofProcess() {
        boolean terminal = System.console() != null;
        return new CliEnvironment(System.getenv(), Path.of(System.getProperty("user.home")), System.in,
                Clock.systemUTC(), terminal, terminal);
    }

    public String getenv(String name) {
        return env.get(name);
    }
}
