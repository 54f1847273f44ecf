package dev.mms.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecSourcesTest {

    @TempDir
    Path dir;

    private static final InputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);

    @Test
    void directoryGivesItsSpecFilesSortedByNameAndNothingElse() throws Exception {
        Files.writeString(dir.resolve("b.yml"), "name: b\n");
        Files.writeString(dir.resolve("a.yaml"), "name: a\n");
        Files.writeString(dir.resolve("c.JSON"), "{\"name\": \"c\"}");
        Files.writeString(dir.resolve("README.md"), "not a spec");
        Files.writeString(dir.resolve("notes.yaml.bak"), "name: old\n");
        Files.createDirectory(dir.resolve("nested.yaml"));
        Files.writeString(dir.resolve("nested.yaml").resolve("deep.yaml"), "name: deep\n");

        List<SpecSource> sources = SpecSources.load(List.of(dir.toString()), NO_STDIN);

        assertEquals(List.of(dir.resolve("a.yaml").toString(), dir.resolve("b.yml").toString(),
                dir.resolve("c.JSON").toString()), sources.stream().map(SpecSource::name).toList());
        assertEquals("name: a\n", sources.get(0).text());
    }

    @Test
    void argumentsKeepTheirOrderAndDashReadsStdin() throws Exception {
        Path file = Files.writeString(dir.resolve("job.txt"), "name: file\n");
        InputStream stdin = new ByteArrayInputStream("\uFEFFname: 标准输入\n".getBytes(StandardCharsets.UTF_8));

        List<SpecSource> sources = SpecSources.load(List.of("-", file.toString()), stdin);

        assertEquals(List.of(new SpecSource("<stdin>", "name: 标准输入\n"), new SpecSource(file.toString(),
                "name: file\n")), sources);
    }

    @Test
    void missingFileIsOneClearLine() {
        String missing = dir.resolve("nope.yaml").toString();
        SpecInputException e = assertThrows(SpecInputException.class,
                () -> SpecSources.load(List.of(missing), NO_STDIN));
        assertEquals("spec file not found: " + missing, e.getMessage());
    }

    @Test
    void directoryWithoutSpecsIsAnError() throws IOException {
        Files.writeString(dir.resolve("README.md"), "x");
        SpecInputException e = assertThrows(SpecInputException.class,
                () -> SpecSources.load(List.of(dir.toString()), NO_STDIN));
        assertEquals("no *.yaml, *.yml or *.json files in directory " + dir, e.getMessage());
    }

    @Test
    void stdinOnlyOnceAndTextMustBeUtf8() throws Exception {
        SpecInputException twice = assertThrows(SpecInputException.class,
                () -> SpecSources.load(List.of("-", "-"), NO_STDIN));
        assertEquals("'-' (standard input) can be given only once", twice.getMessage());

        Path latin1 = Files.write(dir.resolve("latin1.yaml"), "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        List<SpecSource> sources = SpecSources.load(List.of(latin1.toString()), NO_STDIN);
        assertEquals(latin1 + ":1:10: error: not UTF-8 text: byte 0xE9 cannot be read as UTF-8; save the file as "
                + "UTF-8 (is it a binary file, or Latin-1/Windows-1252 text?)", sources.get(0).unreadable().format());
    }
}
