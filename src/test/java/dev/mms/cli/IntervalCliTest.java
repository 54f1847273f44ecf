package dev.mms.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --interval} must be positive for every command that polls: exit 2 before anything is sent. */
class IntervalCliTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @CsvSource({"job watch 42, 0", "job watch 42, 0ms", "job list --watch, 0s", "job create --name x --watch, 0"})
    void aZeroIntervalIsAUsageError(String command, String interval) {
        // No server at all: a usage error must come before any request.
        CliHarness mms = CliHarness.of(home, "127.0.0.1:9");
        String[] words = (command + " --source-id 1 --interval " + interval).split(" ");

        CliHarness.Result r = mms.run(words).assertExit(ExitCodes.USAGE);

        r.check(r.err().contains("is not a positive duration"), "the error says why");
        r.check(r.out().isEmpty(), "nothing on stdout");
    }
}
