package dev.mms.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken specs through the real command line, as a CI job would run it: exit 2, every diagnostic names file:line,
 * no stack trace or Java class name anywhere, and dry-run prints nothing on stdout when any spec is invalid.
 */
class BrokenSpecCliTest {

    private static final Path CORPUS = Path.of("src/test/resources/specs/broken");
    private static final String GOOD = "name: j\nsourceId: 1001\nsrcDbName: s\ndstDbName: d\ntables: [a]\n";
    private static final Pattern STACK_TRACE = Pattern.compile("\tat |Exception|\\bjava\\.|snakeyaml|jackson");

    @TempDir
    Path home;

    @TempDir
    Path dir;

    private CliHarness mms() {
        // A port nothing listens on: neither command may send anything.
        return CliHarness.of(home, "127.0.0.1:9");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"41-yaml-alias.yaml", "43-tag-binary.yaml", "46-ids-not-decimal.yaml",
            "48-complex-key.yaml", "49-deep-nesting.yaml", "53-json-file-holding-yaml.json", "56-only-comments.yaml",
            "58-third-document-broken.yaml", "63-required-without-value.yaml"})
    void corpusSpecFailsCleanlyInBothCommands(String name) {
        String file = CORPUS.resolve(name).toString();
        CliHarness.Result validate = mms().run("job", "validate", "-f", file).assertExit(ExitCodes.USAGE);
        assertClean(validate, file, validate.out());
        CliHarness.Result create = mms().run("job", "create", "--dry-run", "-f", file, "--source-id", "2000015")
                .assertExit(ExitCodes.USAGE);
        assertClean(create, file, create.err());
        create.checkEquals("", create.out(), "dry-run stdout when a spec is invalid");
    }

    @Test
    void binaryFileFailsWithItsPosition() throws IOException {
        Path png = Files.write(dir.resolve("logo.yaml"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0});
        CliHarness.Result r = mms().run("job", "create", "--dry-run", "-f", png.toString(), "--source-id", "2000015")
                .assertExit(ExitCodes.USAGE);
        assertClean(r, png.toString(), r.err());
        r.check(r.err().contains("not UTF-8 text"), "says the file is not UTF-8");
    }

    @Test
    void brokenStandardInputNamesTheDocument() {
        // Three names: two specs of one name would be an error of their own.
        String text = GOOD.replace("name: j", "name: j1") + "---\n" + GOOD.replace("name: j", "name: j2") + "---\n"
                + GOOD.replace("name: j", "name: j3").replace("tables: [a]", "tables: [a");
        CliHarness.Result r = mms().withStdin(text)
                .run("job", "create", "--dry-run", "-f", "-", "--source-id", "2000015").assertExit(ExitCodes.USAGE);
        assertClean(r, "<stdin>", r.err());
        r.check(r.err().contains("(<stdin>#3); nothing was sent"), "names the third document");
        r.checkEquals("", r.out(), "dry-run stdout");
    }

    @Test
    void directoryWithOneBrokenFileChecksTheOtherAndSendsNothing() throws IOException {
        Files.writeString(dir.resolve("1-bad.yaml"), "name: \"j\nsourceId: 1001\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2-good.yaml"), GOOD, StandardCharsets.UTF_8);
        CliHarness.Result validate = mms().run("job", "validate", "-f", dir.toString()).assertExit(ExitCodes.USAGE);
        validate.check(validate.out().contains("ok   " + dir.resolve("2-good.yaml")), "the good file is checked");
        assertClean(validate, dir.resolve("1-bad.yaml").toString(), validate.out());
        CliHarness.Result create = mms().run("job", "create", "--dry-run", "-f", dir.toString(),
                "--source-id", "2000015").assertExit(ExitCodes.USAGE);
        create.checkEquals("", create.out(), "dry-run stdout when one spec is invalid");
    }

    /** Every error line names FILE:LINE:COLUMN, and nothing looks like Java leaking through. */
    private static void assertClean(CliHarness.Result r, String file, String diagnostics) {
        r.check(!STACK_TRACE.matcher(r.out() + r.err()).find(), "no stack trace or Java names");
        List<String> errors = diagnostics.lines().filter(l -> l.contains("error: ")).toList();
        r.check(!errors.isEmpty(), "at least one error line");
        Pattern located = Pattern.compile("^\\s*" + Pattern.quote(file) + ":\\d+:\\d+: error: .{10,}");
        for (String line : errors) {
            r.check(located.matcher(line).find(), "error line names " + file + ":line:column: " + line);
        }
    }
}
