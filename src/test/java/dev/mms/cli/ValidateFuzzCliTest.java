package dev.mms.cli;

import dev.mms.jobs.SpecFuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slice of the fuzzer through the real command line: {@code mms job validate -f -} on mutated specs exits 0 or 2
 * with a message, and never reports an unexpected exception or prints a stack trace (issue 7).
 */
class ValidateFuzzCliTest {

    @TempDir
    Path home;

    @Test
    void mutatedSpecsThroughJobValidateExitZeroOrTwoWithAMessage() throws IOException {
        String seed = Files.readString(Path.of("docs", "examples", "tables-with-filters.yaml"), StandardCharsets.UTF_8);
        Random random = new Random(7);
        CliHarness mms = CliHarness.of(home, null);
        for (int i = 0; i < 60; i++) {
            String text = SpecFuzzTest.mutate(seed, random);
            CliHarness.Result r = mms.withStdin(text).run("job", "validate", "-f", "-");
            r.check(r.exitCode() == ExitCodes.OK || r.exitCode() == ExitCodes.USAGE, "exit 0 or 2 (iteration " + i + ")");
            r.check(r.exitCode() == ExitCodes.OK || !r.err().isBlank() || !r.out().isBlank(), "a message");
            r.check(!r.err().contains("unexpected") && !r.err().contains("\tat "), "no uncaught exception");
        }
    }
}
