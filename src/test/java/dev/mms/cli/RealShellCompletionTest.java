package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed completion scripts in the real shells: bash and zsh in a pseudo-terminal (tmux), typing a command
 * line and Tab as a user does and reading the screen; fish through its own {@code complete -C}. Each runs with a
 * clean HOME that holds spec files and both config files. A shell that is not installed is skipped, visibly.
 */
class RealShellCompletionTest {

    @TempDir
    Path home;

    @BeforeEach
    void aProjectWithSpecsAndProfiles() throws IOException {
        Files.createDirectories(home.resolve("specs/nested"));
        for (String name : List.of("sales.yaml", "web.yml", "raw.json", "notes.txt")) {
            Files.writeString(home.resolve("specs").resolve(name), "");
        }
        Files.createDirectories(home.resolve(".config/mms"));
        Files.writeString(home.resolve(".config/mms/config.yaml"), """
                current: prod
                profiles:
                  prod:
                    region: cn-shanghai
                  "staging":
                    sourceId: 2000015
                """);
        Files.createDirectories(home.resolve(".aliyun"));
        Files.writeString(home.resolve(".aliyun/config.json"), """
                {"current": "default", "profiles": [
                  {"name": "default", "mode": "AK", "region_id": "cn-hangzhou"},
                  {"name": "ci-sts", "mode": "StsToken"}]}
                """);
    }

    /**
     * A command line, the words the screen must show after Tab, and those it must not. (tmux drops trailing spaces,
     * so a completed word is checked without the space the shell adds after it.)
     */
    record Case(String typed, List<String> shown, List<String> notShown) {
        static Case of(String typed, String... shown) {
            return new Case(typed, List.of(shown), List.of());
        }

        Case without(String... words) {
            return new Case(typed, shown, List.of(words));
        }
    }

    private static final List<Case> CASES = List.of(
            Case.of("mms jo", "mms job"),
            Case.of("mms job ", "create", "list", "validate", "watch"),
            Case.of("mms job create -f specs/", "sales.yaml", "web.yml", "raw.json", "nested/").without("notes.txt"),
            Case.of("mms job validate --filename specs/", "sales.yaml", "nested/").without("notes.txt"),
            Case.of("mms --profile ", "local", "prod", "staging", "default", "ci-sts"),
            Case.of("mms job list --columns id,st", "status", "stopped"),
            Case.of("mms job create --no-ver", "--no-verify"),
            Case.of("mms job list --status ", "INIT", "DOING", "DONE", "FAILED"),
            Case.of("mms job list --sort status:d", "status:desc"),
            Case.of("mms job create --task-type ", "HIVE", "BIGQUERY"),
            Case.of("mms source list --type ", "HIVE", "BIGQUERY", "MAXCOMPUTE"),
            Case.of("mms job list -o ", "table", "wide", "json", "yaml", "csv", "tsv"),
            Case.of("mms completion ", "bash", "zsh", "fish"),
            Case.of("mms help job ", "create", "validate"));

    @Test
    void bashCompletesInATerminal() throws Exception {
        Path bash = require("bash");
        requireTmux();
        try (Tmux tmux = Tmux.start(home, bash + " --norc --noprofile")) {
            tmux.run("source " + Path.of("completions/mms.bash").toAbsolutePath());
            for (Case c : CASES) {
                check("bash", c, tmux.complete(c.typed(), 2, c.shown()));
            }
        }
    }

    @Test
    void zshCompletesInATerminal() throws Exception {
        Path zsh = require("zsh");
        requireTmux();
        try (Tmux tmux = Tmux.start(home, zsh + " -f")) {
            tmux.run("autoload -Uz compinit && compinit -u -D && source "
                    + Path.of("completions/_mms").toAbsolutePath());
            for (Case c : CASES) {
                check("zsh", c, tmux.complete(c.typed(), 1, c.shown()));
            }
        }
    }

    @Test
    void fishCompletes() throws Exception {
        Path fish = require("fish");
        for (Case c : CASES) {
            String script = "source " + Path.of("completions/mms.fish").toAbsolutePath() + "; complete -C '"
                    + c.typed() + "'";
            ProcessBuilder builder = new ProcessBuilder(fish.toString(), "--no-config", "-c", script)
                    .directory(home.toFile()).redirectErrorStream(true);
            cleanEnvironment(builder);
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "fish ended");
            // fish prints whole tokens; a unique completion is the word itself without the trailing space
            String screen = c.typed() + "\n" + out.lines().map(line -> line.split("\t")[0]).reduce("", (a, b) -> a + b + "\n");
            List<String> tokens = c.shown().stream().map(w -> w.substring(w.lastIndexOf(' ') + 1)).toList();
            check("fish", new Case(c.typed(), tokens, c.notShown()), screen);
        }
    }

    private static void check(String shell, Case c, String screen) {
        for (String word : c.shown()) {
            assertTrue(screen.contains(word), shell + ": '" + c.typed() + "' + Tab shows '" + word + "':\n" + screen);
        }
        for (String word : c.notShown()) {
            assertTrue(!screen.contains(word), shell + ": '" + c.typed() + "' + Tab hides '" + word + "':\n" + screen);
        }
    }

    private static Path require(String program) {
        Path path = List.of("/usr/bin", "/bin", "/usr/local/bin").stream().map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable).findFirst().orElse(null);
        if (path == null) {
            System.err.println("SKIPPED RealShellCompletionTest: " + program + " is not installed (apt-get install "
                    + program + ")");
        }
        Assumptions.assumeTrue(path != null, program + " is not installed");
        return path;
    }

    private static void requireTmux() {
        require("tmux");
    }

    private void cleanEnvironment(ProcessBuilder builder) {
        builder.environment().clear();
        builder.environment().put("HOME", home.toString());
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("TERM", "xterm");
        builder.environment().put("LC_ALL", "C.UTF-8");
    }

    /** A private tmux server (its own socket) running one shell in a 200x50 pseudo-terminal. */
    private static final class Tmux implements AutoCloseable {
        private final String socket;
        private final Path home;

        private Tmux(String socket, Path home) {
            this.socket = socket;
            this.home = home;
        }

        static Tmux start(Path home, String shell) throws Exception {
            Tmux tmux = new Tmux("mms-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime(), home);
            tmux.tmux("-f", "/dev/null", "new-session", "-d", "-x", "200", "-y", "50", "-c", home.toString(),
                    "env -i HOME=" + home + " HISTFILE=/dev/null PATH=/usr/bin:/bin TERM=xterm LC_ALL=C.UTF-8 " + shell);
            tmux.run("PS1='$ '; PROMPT='$ '");
            return tmux;
        }

        /** Types a line and Enter, and waits until the shell prompts again. */
        void run(String line) throws Exception {
            String marker = "ready-" + System.nanoTime();
            tmux("send-keys", "-t", "0", "-l", line + "; echo " + marker.substring(0, 6) + "''" + marker.substring(6));
            tmux("send-keys", "-t", "0", "Enter");
            waitFor(List.of(marker), 20_000);
        }

        /** Clears the screen, types {@code typed} and Tab {@code tabs} times, and returns the screen. */
        String complete(String typed, int tabs, List<String> expected) throws Exception {
            tmux("send-keys", "-t", "0", "C-u");
            tmux("send-keys", "-t", "0", "C-l");
            tmux("clear-history", "-t", "0");
            tmux("send-keys", "-t", "0", "-l", typed);
            for (int i = 0; i < tabs; i++) {
                Thread.sleep(150);
                tmux("send-keys", "-t", "0", "Tab");
            }
            String screen = waitFor(expected, 5_000);
            tmux("send-keys", "-t", "0", "C-u");
            return screen;
        }

        /** The screen once it shows every expected word, or as it is when the time is up. */
        private String waitFor(List<String> expected, long millis) throws Exception {
            long end = System.nanoTime() + millis * 1_000_000;
            String screen;
            do {
                Thread.sleep(100);
                screen = tmux("capture-pane", "-p", "-t", "0");
                String shown = screen;
                if (expected.stream().allMatch(shown::contains)) {
                    Thread.sleep(200);
                    return tmux("capture-pane", "-p", "-t", "0");
                }
            } while (System.nanoTime() < end);
            return screen;
        }

        private String tmux(String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("tmux " + String.join(" ", args) + " failed: " + out);
            }
            return out;
        }

        @Override
        public void close() throws Exception {
            tmux("kill-server");
            Thread.sleep(200);
        }
    }
}
