package dev.mms.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken spec files that cannot live in the text corpus (binary, other encodings, huge, pathological nesting,
 * broken links): each must give file:line diagnostics, read quickly, and leave the other files of a directory alone.
 */
class UnreadableSpecFilesTest {

    private static final java.io.InputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);
    private static final String GOOD = "name: j\nsourceId: 1001\nsrcDbName: s\ndstDbName: d\ntables: [a]\n";

    @TempDir
    Path dir;

    @Test
    void utf16WithByteOrderMarkSaysSaveAsUtf8() throws Exception {
        Path file = write("utf16.yaml", GOOD.getBytes(StandardCharsets.UTF_16));
        assertEquals(List.of(file + ":1:1: error: the file is UTF-16 text (it starts with a UTF-16 byte-order mark); "
                + "save it as UTF-8"), diagnostics(file));
    }

    @Test
    void utf16WithoutByteOrderMarkIsCaughtByItsNulBytes() throws Exception {
        Path file = write("utf16le.yaml", GOOD.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of(file + ":1:2: error: the file contains NUL bytes: it is a binary file or UTF-16 text, "
                + "not a YAML or JSON spec; save it as UTF-8 text"), diagnostics(file));
    }

    @Test
    void latin1ByteIsPointedAtByLineAndColumn() throws Exception {
        byte[] bytes = (GOOD + "srcSchemaName: caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin1.yaml", bytes);
        assertEquals(List.of(file + ":6:19: error: not UTF-8 text: byte 0xE9 cannot be read as UTF-8; save the file "
                + "as UTF-8 (is it a binary file, or Latin-1/Windows-1252 text?)"), diagnostics(file));
    }

    @Test
    void pngAndRandomBytesAreOneErrorEach() throws Exception {
        Path png = write("image.yaml", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path random = write("random.json", noise);
        for (Path file : List.of(png, random)) {
            List<String> lines = diagnostics(file);
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).matches(java.util.regex.Pattern.quote(file.toString())
                    + ":1:\\d+: error: .*(UTF-8|NUL).*"), lines.get(0));
        }
    }

    @Test
    void controlCharacterIsPointedAt() throws Exception {
        Path file = write("bell.yaml", "name: \"j\u0007\"\nsourceId: 1001\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(file + ":1:9: error: control character U+0007 is not allowed in a spec; remove it"),
                diagnostics(file));
    }

    @Test
    void tenMegabyteFileIsRefusedQuicklyWithAPosition() throws Exception {
        StringBuilder text = new StringBuilder(GOOD.replace("tables: [a]\n", "tables:\n"));
        for (int i = 0; text.length() < 10_000_000; i++) {
            text.append("  - table_").append(i).append('\n');
        }
        Path file = write("huge.yaml", text.toString().getBytes(StandardCharsets.UTF_8));
        List<String> lines = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> diagnostics(file));
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches(java.util.regex.Pattern.quote(file.toString())
                + ":\\d+:\\d+: error: invalid YAML: the file is too large \\(more than 3 MB of text\\); "
                + "a job spec is a few kilobytes"), lines.get(0));
    }

    @Test
    void thousandLevelsOfBracketsStopAtTheLimitWithAPosition() throws Exception {
        Path file = write("deep.json", ("[".repeat(1000) + "]".repeat(1000)).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(file + ":1:65: error: invalid JSON: values nested more than 64 levels deep; a job spec "
                + "needs only a few levels"), diagnostics(file));
    }

    @Test
    void brokenFileInADirectoryLeavesTheGoodOneValid() throws Exception {
        write("1-bad.yaml", new byte[] {(byte) 0xFF, (byte) 0xFE, 'x'});
        write("2-good.yaml", GOOD.getBytes(StandardCharsets.UTF_8));
        List<SpecSource> sources = SpecSources.load(List.of(dir.toString()), NO_STDIN);
        assertEquals(2, sources.size());
        assertTrue(sources.get(0).unreadable() != null);
        assertEquals(List.of(), lines(sources.get(1)));
    }

    @Test
    void brokenSymlinkInADirectoryIsAnError() throws Exception {
        write("ok.yaml", GOOD.getBytes(StandardCharsets.UTF_8));
        Path link = Files.createSymbolicLink(dir.resolve("gone.yaml"), dir.resolve("nowhere.yaml"));
        SpecInputException e = assertThrows(SpecInputException.class,
                () -> SpecSources.load(List.of(dir.toString()), NO_STDIN));
        assertEquals("spec file " + link + " is a broken symbolic link (to " + dir.resolve("nowhere.yaml") + ")",
                e.getMessage());
    }

    @Test
    void brokenStandardInputIsNamedStdin() throws Exception {
        byte[] latin1 = "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        List<SpecSource> sources = SpecSources.load(List.of("-"), new ByteArrayInputStream(latin1));
        assertEquals(List.of("<stdin>:1:10: error: not UTF-8 text: byte 0xE9 cannot be read as UTF-8; save the file "
                + "as UTF-8 (is it a binary file, or Latin-1/Windows-1252 text?)"), lines(sources.get(0)));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static List<String> diagnostics(Path file) throws SpecInputException {
        List<SpecSource> sources = SpecSources.load(List.of(file.toString()), NO_STDIN);
        assertEquals(1, sources.size());
        return lines(sources.get(0));
    }

    private static List<String> lines(SpecSource source) {
        List<String> lines = new ArrayList<>();
        SpecValidator validator = new SpecValidator();
        for (SpecDocument doc : new SpecReader().read(source)) {
            validator.check(doc, doc.spec()).forEach(d -> lines.add(d.format()));
        }
        return lines;
    }
}
