package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/man holds one page per command, exactly as generated from the command tree; -Dgolden.update=true rewrites it. */
class ManPagesTest {

    private static final Path DIR = Path.of("docs", "man");

    @TempDir
    Path home;

    private Map<String, String> generated() {
        CliEnvironment environment = new CliEnvironment(Map.of(), home, InputStream.nullInputStream(),
                Clock.systemUTC(), false, false);
        return ManPages.all(Main.commandLine(environment));
    }

    @Test
    void committedPagesAreTheGeneratedOnes() throws IOException {
        Map<String, String> pages = generated();
        pages.forEach((file, text) -> CliGolden.assertFile(DIR.resolve(file), text));
        try (Stream<Path> committed = Files.list(DIR)) {
            Set<String> names = committed.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(pages.keySet()), names, "a page for every command and none for a removed one");
        }
    }

    @Test
    void everyCommandHasAPageWithItsOptions() {
        Map<String, String> pages = generated();
        assertTrue(pages.keySet().containsAll(Set.of("mms.1", "mms-job.1", "mms-job-create.1", "mms-job-list.1",
                "mms-job-watch.1", "mms-job-validate.1", "mms-source-list.1", "mms-emulator.1")), pages.keySet().toString());
        String create = pages.get("mms-job-create.1");
        assertTrue(create.startsWith(".TH \"MMS-JOB-CREATE\" \"1\""), create);
        assertTrue(create.contains(".B \\-\\-if\\-not\\-exists"), create);
        assertTrue(create.contains(".B \\-f, \\-\\-filename \\fIFILE|DIR|\\-\\fR"), create);
        assertTrue(pages.get("mms.1").contains(".SH EXIT STATUS") && pages.get("mms.1").contains("130"), pages.get("mms.1"));
    }

    @Test
    void textThatLooksLikeATroffRequestIsProtected() {
        assertEquals("\\&.hidden\nback\\eslash \\-\\-flag", ManPages.escape(".hidden\nback\\slash --flag"));
    }
}
