package dev.mms.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the tests that run {@code mms job list} in-process against a {@link ScriptedMmsServer}, not our emulator. */
abstract class ScriptedServerCliTest {

    @TempDir
    Path home;

    ScriptedMmsServer server;
    CliHarness mms;

    @BeforeEach
    void startServer() throws IOException {
        server = new ScriptedMmsServer();
        mms = CliHarness.of(home, server.endpoint());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** {@code mms job list --source-id 2000015} with these arguments added. */
    CliHarness.Result list(String... args) {
        List<String> all = new ArrayList<>(List.of("job", "list", "--source-id", "2000015"));
        all.addAll(List.of(args));
        return mms.run(all.toArray(String[]::new));
    }
}
