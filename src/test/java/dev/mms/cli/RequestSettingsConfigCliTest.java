package dev.mms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mms.testing.HangingServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-request timeout and the attempts as profile keys of the mms config file ({@code requestTimeout},
 * {@code attempts}): set, got, viewed with their origin, checked, and used, under flag > environment > profile >
 * default (docs/configuration.md).
 */
class RequestSettingsConfigCliTest {

    @TempDir
    Path home;

    private CliHarness mms() {
        return CliHarness.of(home, null);
    }

    private Path configFile() {
        return home.resolve(".config/mms/config.yaml");
    }

    /** key -> "value (origin)" of {@code mms config view -o json}, for the two keys. */
    private static Map<String, String> requestSettings(CliHarness.Result view) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (JsonNode s : view.json()) {
            String key = s.get("key").asText();
            if (key.equals("requestTimeout") || key.equals("attempts")) {
                shown.put(key, s.get("value").asText() + " (" + s.get("origin").asText() + ")");
            }
        }
        return shown;
    }

    @Test
    void setGetAndViewWithPrecedenceFlagOverEnvironmentOverProfileOverDefault() {
        CliHarness.Result defaults = mms().run("config", "view", "-o", "json").assertOk();
        defaults.checkEquals(Map.of("requestTimeout", "30s (default)", "attempts", "4 (default)"),
                requestSettings(defaults), "the defaults");

        mms().run("config", "set", "requestTimeout", "10s").assertOk();
        mms().run("config", "set", "attempts", "6").assertOk();
        CliHarness.Result get = mms().run("config", "get", "requestTimeout").assertOk();
        get.checkEquals("10s\n", get.out(), "config get");
        CliHarness.Result profile = mms().run("config", "view", "-o", "json").assertOk();
        profile.checkEquals(Map.of("requestTimeout", "10s (mms profile 'default')",
                "attempts", "6 (mms profile 'default')"), requestSettings(profile), "from the profile");

        CliHarness.Result env = mms().withEnv("MMS_REQUEST_TIMEOUT", "1m30s").withEnv("MMS_ATTEMPTS", "2")
                .run("config", "view", "-o", "json").assertOk();
        env.checkEquals(Map.of("requestTimeout", "1m30s (environment MMS_REQUEST_TIMEOUT)",
                "attempts", "2 (environment MMS_ATTEMPTS)"), requestSettings(env), "the environment over the profile");

        CliHarness.Result flags = mms().withEnv("MMS_REQUEST_TIMEOUT", "1m30s").withEnv("MMS_ATTEMPTS", "2")
                .run("--request-timeout", "500ms", "--attempts", "1", "config", "view", "-o", "json").assertOk();
        flags.checkEquals(Map.of("requestTimeout", "500ms (flag --request-timeout)",
                "attempts", "1 (flag --attempts)"), requestSettings(flags), "flags over everything");

        CliHarness.Result table = mms().run("config", "view").assertOk();
        table.check(table.out().lines().anyMatch(l -> l.matches("requestTimeout +10s +mms profile 'default'")),
                "the table shows it with its origin");

        mms().run("config", "unset", "attempts").assertOk();
        CliHarness.Result unset = mms().run("config", "view", "-o", "json").assertOk();
        unset.checkEquals(Map.of("requestTimeout", "10s (mms profile 'default')", "attempts", "4 (default)"),
                requestSettings(unset), "unset goes back to the default");
    }

    @Test
    void badValuesAreUsageErrorsNamingTheKeyAndNothingIsWritten() throws Exception {
        mms().run("config", "set", "requestTimeout", "10s").assertOk();
        String before = Files.readString(configFile());
        for (String[] bad : new String[][] {{"requestTimeout", "ten"}, {"requestTimeout", "0s"},
                {"attempts", "0"}, {"attempts", "21"}, {"attempts", "many"}}) {
            CliHarness.Result r = mms().run("config", "set", bad[0], bad[1]).assertExit(ExitCodes.USAGE);
            r.check(r.err().startsWith("Error: " + bad[0]), "names the key");
            r.checkEquals(before, Files.readString(configFile()), "the file is unchanged");
        }
        CliHarness.Result typo = mms().run("config", "set", "requestTimout", "5s").assertExit(ExitCodes.USAGE);
        typo.check(typo.err().contains("did you mean 'requestTimeout'?"), "suggests the key");
    }

    @Test
    void aBadValueInAHandWrittenFileNamesTheKeyAndTheFile() throws Exception {
        Files.createDirectories(configFile().getParent());
        Files.writeString(configFile(), "current: ci\nprofiles:\n  ci:\n    requestTimeout: soon\n    attempts: 50\n");
        CliHarness.Result r = mms().run("source", "list").assertExit(ExitCodes.USAGE);
        r.check(r.err().contains(configFile().toString()), "names the file");
        r.check(r.err().contains("profiles.ci.requestTimeout: 'soon' is not a duration"), "names the key");
        r.check(r.err().contains("profiles.ci.attempts must be between 1 and 20, not 50"), "every problem at once");
        r.check(!r.err().contains("Exception"), "no stack trace");
    }

    @Test
    void theProfilesValuesAreWhatRequestsUse() throws Exception {
        try (HangingServer server = new HangingServer()) {
            Files.createDirectories(configFile().getParent());
            Files.writeString(configFile(), "current: ci\nprofiles:\n  ci:\n    endpoint: http://" + server.endpoint()
                    + "\n    requestTimeout: 300ms\n    attempts: 1\n");
            long started = System.nanoTime();
            CliHarness.Result r = mms().run("source", "list");
            long millis = (System.nanoTime() - started) / 1_000_000;
            r.assertExit(ExitCodes.UNAVAILABLE);
            r.check(r.err().contains("no answer from " + server.endpoint() + " within 300ms"), "the profile's timeout");
            r.check(millis < 2500 && server.connections() == 1, "one attempt of 300ms, took " + millis + " ms");

            CliHarness.Result env = mms().withEnv("MMS_REQUEST_TIMEOUT", "200ms").run("source", "list");
            env.assertExit(ExitCodes.UNAVAILABLE);
            env.check(env.err().contains("within 200ms"), "the environment over the profile");
        }
    }
}
