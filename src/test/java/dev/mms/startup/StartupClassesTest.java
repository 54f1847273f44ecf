package dev.mms.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.emulator.EmulatorConfig;
import dev.mms.emulator.EmulatorServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * What a command that sends nothing costs at start-up, read off the classes a real JVM loads and initialises for it:
 * none of the HTTP client, Jackson's mapper, YAML or JLine is loaded, and of mms's commands only those it names are
 * initialised, that is built (a static mapper in a command class, or a subcommand list that picocli builds in full,
 * would show here as a slower {@code --version}).
 */
class StartupClassesTest {

    /**
     * What a command that talks to the emulator over plain http:// has no use for: TLS, certificates, the JCE and the
     * security providers a look-up of HMAC would load (the signature's HMAC is our own, over SHA-256), the emulator;
     * YAML and JLine must not even be initialised (their classes may be loaded to verify code that could use them).
     */
    private static final List<String> NOT_LOADED_OVER_HTTP = List.of("sun.security.ssl.", "sun.security.x509.",
            "javax.crypto.", "com.sun.crypto.", "sun.security.ec.", "sun.security.rsa.", "dev.mms.emulator.");
    private static final List<String> NOT_INITIALISED_OVER_HTTP = List.of("com.fasterxml.jackson.dataformat.yaml.",
            "org.yaml.", "org.jline.");

    private static final List<String> HEAVY = List.of("java.net.http.", "jdk.internal.net.http.",
            "com.fasterxml.jackson.databind.", "com.fasterxml.jackson.dataformat.yaml.", "org.yaml.", "org.jline.",
            "javax.net.ssl.SSLContext", "dev.mms.emulator.");

    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"--version", "--help", "job --help", "job create --help", "help job list"})
    void aCommandThatSendsNothingLoadsNothingHeavyAndOnlyTheCommandsItNames(String commandLine) throws Exception {
        JvmLog log = run(commandLine.split(" "));
        List<String> loaded = log.loaded();
        assertTrue(loaded.contains("dev.mms.cli.Main"), "the log lists mms's classes: " + loaded.size());
        assertEquals(new TreeSet<>(), startingWithAny(loaded, HEAVY),
                "mms " + commandLine + " loads what it does not use");
        TreeSet<String> commands = new TreeSet<>();
        for (String name : log.initialised()) {
            if (name.startsWith("dev.mms.") && !name.contains("$")
                    && Class.forName(name).isAnnotationPresent(CommandLine.Command.class)) {
                commands.add(name.substring(name.lastIndexOf('.') + 1));
            }
        }
        List<String> expected = new ArrayList<>(List.of("MmsCommand"));
        if (commandLine.contains("job")) {
            expected.add("JobCommand");
        }
        if (commandLine.contains("create")) {
            expected.add("JobCreateCommand");
        }
        if (commandLine.contains("list")) {
            expected.add("JobListCommand");
        }
        if (commandLine.startsWith("help")) {
            expected.add("HelpCommand");
        }
        assertEquals(new TreeSet<>(expected), commands, "the commands that mms " + commandLine + " builds");
    }

    @Test
    void aCompletionScriptBuildsEveryCommandButMakesNoMapperClientYamlOrTerminal() throws Exception {
        JvmLog log = run("completion", "bash");

        // every command's model is built (the script lists them all); their signatures may load a JsonNode class
        assertTrue(log.initialised().contains("dev.mms.cli.job.JobListCommand"), "the whole tree is built");
        assertEquals(new TreeSet<>(), startingWithAny(log.loaded(), List.of("java.net.http.", "jdk.internal.net.http.",
                "com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.dataformat.yaml.", "org.yaml.",
                "org.jline.", "javax.net.ssl.SSLContext", "dev.mms.emulator.")), "mms completion bash loads them");
    }

    @Test
    void aJobListOverPlainHttpLoadsNoTlsYamlOrTerminal() throws Exception {
        try (EmulatorServer emulator = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(1000))) {
            JvmLog log = run("--endpoint", "http://" + emulator.endpoint(), "--source-id", "2000015", "job", "list",
                    "-o", "json");
            assertTrue(log.loaded().contains("java.net.http.HttpClient"), "the list did call the API");
            TreeSet<String> unused = startingWithAny(log.loaded(), NOT_LOADED_OVER_HTTP);
            unused.addAll(startingWithAny(log.initialised(), NOT_INITIALISED_OVER_HTTP));
            assertEquals(new TreeSet<>(), unused, "mms job list over http:// loads what it does not use");
        }
    }

    /** The class names that start with one of {@code prefixes}. */
    private static TreeSet<String> startingWithAny(List<String> names, List<String> prefixes) {
        TreeSet<String> found = new TreeSet<>();
        for (String name : names) {
            if (prefixes.stream().anyMatch(name::startsWith)) {
                found.add(name);
            }
        }
        return found;
    }

    /** The classes a JVM loaded, and those it initialised, in order. */
    private record JvmLog(List<String> loaded, List<String> initialised) {
    }

    private JvmLog run(String... args) throws IOException, InterruptedException {
        Path log = home.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-Xlog:class+load=info,class+init=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                "dev.mms.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("out.txt").toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().put("ALIBABA_CLOUD_ACCESS_KEY_ID", EmulatorConfig.DEFAULT_ACCESS_KEY_ID);
        builder.environment().put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET);
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "mms " + String.join(" ", args) + " ended");
        assertEquals(0, process.exitValue(), Files.readString(home.resolve("out.txt")));
        List<String> loaded = new ArrayList<>();
        List<String> initialised = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            int source = line.indexOf(" source:");
            int initialising = line.indexOf(" Initializing '");
            if (source > 0) {
                loaded.add(line.substring(line.lastIndexOf(' ', source - 1) + 1, source));
            } else if (initialising > 0) {
                int start = initialising + " Initializing '".length();
                initialised.add(line.substring(start, line.indexOf('\'', start)).replace('/', '.'));
            }
        }
        return new JvmLog(loaded, initialised);
    }
}
