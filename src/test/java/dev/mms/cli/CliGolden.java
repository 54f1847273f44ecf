package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares CLI output with a committed file; {@code -Dgolden.update=true} rewrites the files after an intended change
 * (review the diff). ESC is stored as ␛ so that coloured output stays readable in a file and a diff.
 */
final class CliGolden {

    static final Path DIR = Path.of("src", "test", "resources", "golden", "cli");

    private CliGolden() {
    }

    static void assertMatches(String name, String actual) {
        assertFile(DIR.resolve(name), actual.replace("\u001B", "␛"));
    }

    /** Compares with any committed file (e.g. completions/mms.bash), rewriting it under -Dgolden.update=true. */
    static void assertFile(Path file, String actual) {
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("missing golden file " + file + "; run with -Dgolden.update=true to create it. Output was:\n"
                        + actual);
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "output differs from " + file
                    + " (if the change is intended, rerun with -Dgolden.update=true and review the diff)");
        } catch (IOException e) {
            throw new AssertionError("cannot use golden file " + file, e);
        }
    }
}
