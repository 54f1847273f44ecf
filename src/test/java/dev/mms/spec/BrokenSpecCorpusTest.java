package dev.mms.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every spec under specs/broken must produce exactly the diagnostics in its .expected file, as the CLI prints them.
 * Run with -Dspec.golden.update=true to rewrite the .expected files, then review the diff.
 */
class BrokenSpecCorpusTest {

    static final Path BROKEN = Path.of("src/test/resources/specs/broken");

    static Stream<Path> brokenSpecs() throws IOException {
        try (Stream<Path> files = Files.list(BROKEN)) {
            List<Path> specs = files.filter(p -> SpecSources.isSpecFileName(p.getFileName().toString()))
                    .sorted().toList();
            assertTrue(specs.size() >= 25, "the broken corpus should hold at least 25 specs, has " + specs.size());
            return specs.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSpecs")
    void diagnosticsMatchGoldenFile(Path spec) throws IOException {
        String name = spec.getFileName().toString();
        String actual = String.join("\n", diagnosticLines(name, Files.readString(spec))) + "\n";
        Path golden = spec.resolveSibling(name.replaceFirst("\\.(yaml|yml|json)$", ".expected"));
        if (Boolean.getBoolean("spec.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "missing golden file " + golden);
        assertEquals(Files.readString(golden), actual, "diagnostics of " + name);
        assertFalse(actual.isBlank(), name + " is in the broken corpus but produced no diagnostic");
    }

    /** What `mms job validate -f NAME` prints, document by document: reading problems and validation together. */
    static List<String> diagnosticLines(String name, String text) {
        List<String> lines = new ArrayList<>();
        SpecValidator validator = new SpecValidator();
        List<SpecDocument> documents = new SpecReader().read(new SpecSource(name, text));
        assertFalse(documents.isEmpty(), name + " holds no document");
        for (SpecDocument doc : documents) {
            for (Diagnostic diagnostic : validator.check(doc, doc.spec())) {
                lines.add(diagnostic.format());
            }
        }
        return lines;
    }
}
