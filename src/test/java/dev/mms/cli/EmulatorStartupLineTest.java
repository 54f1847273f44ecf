package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mms emulator} as a user starts it, in its own process: its start-up lines show the access key id and secret
 * it accepts and its catalog's data sources, a key changed with --access-key-id and MMS_EMULATOR_ACCESS_KEY_SECRET is
 * the one it then accepts, and --help says how to change it.
 */
class EmulatorStartupLineTest {

    @TempDir
    Path home;

    @Test
    void theStartUpLinesShowTheKeyAndTheSourceIdsAndThatKeyWorks() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.mms.cli.Main", "emulator", "--port", "0",
                "--access-key-id", "ci-key").redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("MMS_EMULATOR_ACCESS_KEY_SECRET", "ci-secret-123");
        builder.environment().put("HOME", home.toString());
        Process emulator = builder.start();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(emulator.getErrorStream(),
                    StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            lines.add(err.readLine());
            lines.add(err.readLine());
            String all = String.join("\n", lines);
            Matcher endpoint = Pattern.compile("listening on http://(127\\.0\\.0\\.1:\\d+)").matcher(all);
            assertTrue(endpoint.find(), all);
            assertTrue(lines.get(1).startsWith("  access key id ci-key, secret ci-secret-123 (see mms emulator --help"
                    + " to change them); data sources 2000015"), all);
            assertTrue(lines.get(0).contains("use --endpoint http://" + endpoint.group(1)
                    + " with ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET"), all);

            CliHarness mms = CliHarness.of(home, endpoint.group(1)).withEnv("ALIBABA_CLOUD_ACCESS_KEY_ID", "ci-key")
                    .withEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ci-secret-123");
            mms.run("source", "list", "-o", "json").assertOk();
            CliHarness.Result builtIn = CliHarness.of(home, endpoint.group(1)).run("source", "list");
            builtIn.assertExit(ExitCodes.AUTH);
        } finally {
            emulator.destroy();
            emulator.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void helpSaysWhichKeyItAcceptsAndHowToChangeIt() {
        CliHarness.Result help = CliHarness.of(home, null).run("emulator", "--help").assertOk();

        String text = help.out().replaceAll("\\s+", " ");
        help.check(text.contains("by default id mms-local and secret mms-local-secret"), "the default key");
        help.check(text.contains("--access-key-id") && text.contains("MMS_EMULATOR_ACCESS_KEY_SECRET"), "how to change");
    }
}
