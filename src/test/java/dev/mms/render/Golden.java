package dev.mms.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a committed golden file under src/test/resources/golden/render; run the tests with
 * {@code -Dgolden.update=true} to rewrite the files after an intended change, then review the diff.
 * ESC is stored as ␛ so that coloured output stays readable in the file and in a diff.
 */
final class Golden {

    private static final Path DIR = Path.of("src", "test", "resources", "golden", "render");
    private static final String VISIBLE_ESC = "␛";

    private Golden() {
    }

    static void assertMatches(String name, String actual) {
        Path file = DIR.resolve(name);
        String visible = actual.replace("\u001B", VISIBLE_ESC);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIR);
                Files.writeString(file, visible, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("missing golden file " + file + "; run with -Dgolden.update=true to create it. Output was:\n"
                        + visible);
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(expected, visible, "output differs from " + file
                    + " (if the change is intended, rerun with -Dgolden.update=true and review the diff)");
        } catch (IOException e) {
            throw new AssertionError("cannot use golden file " + file, e);
        }
    }
}
