package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.cli.help.ManPages;
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
import java.util.List;
import org.junit.jupiter.api.Assumptions;
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
    void everyPageHasExamplesEnvironmentFilesAndExitStatus() {
        generated().forEach((file, page) -> {
            for (String section : List.of(".SH EXAMPLES", ".SH ENVIRONMENT", ".SH FILES", ".SH EXIT STATUS")) {
                assertTrue(page.contains("\n" + section + "\n"), file + " has " + section + ":\n" + page);
            }
            assertTrue(page.contains(".B MMS_ENDPOINT\n") && page.contains(".I ~/.config/mms/config.yaml\n"), page);
        });
        String create = generated().get("mms-job-create.1");
        assertTrue(create.contains(".B \\-\\-verify, \\-\\-no\\-verify\n"), "negatable options show their --no- form");
    }

    /** The committed pages as `man` shows them: no troff warning, every section, paths and examples on one line. */
    @Test
    void manRendersEveryPage() throws Exception {
        Path man = Stream.of("/usr/bin/man", "/bin/man").map(Path::of).filter(Files::isExecutable).findFirst()
                .orElse(null);
        if (man == null) {
            System.err.println("SKIPPED ManPagesTest.manRendersEveryPage: man is not installed (apt-get install man-db)");
        }
        Assumptions.assumeTrue(man != null, "man is not installed (apt-get install man-db)");
        for (Map.Entry<String, String> page : generated().entrySet()) {
            ProcessBuilder builder = new ProcessBuilder(man.toString(), "-l", DIR.resolve(page.getKey()).toString());
            builder.environment().put("MANWIDTH", "80");
            builder.environment().put("LC_ALL", "C");
            builder.environment().put("MANPAGER", "cat");
            builder.environment().put("PAGER", "cat");
            Path errors = Files.createTempFile(home, "man", ".err");
            builder.redirectError(errors.toFile());
            Process process = builder.start();
            String shown = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), page.getKey() + ": " + Files.readString(errors));
            assertEquals("", Files.readString(errors), page.getKey() + ": man wrote warnings");
            String plain = shown.replaceAll(".\b", "");
            for (String heading : List.of("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "ENVIRONMENT",
                    "FILES", "EXAMPLES")) {
                assertTrue(plain.contains("\n" + heading + "\n"), page.getKey() + " shows " + heading + ":\n" + plain);
            }
            for (String path : List.of("~/.config/mms/config.yaml", "$XDG_CONFIG_HOME/mms/config.yaml",
                    "~/.aliyun/config.json", "http://127.0.0.1:18086")) {
                assertTrue(plain.contains(path), page.getKey() + " shows " + path + " whole:\n" + plain);
            }
            String command = page.getKey().replace(".1", "");
            for (var example : dev.mms.cli.help.HelpSections.examples(specOf(command))) {
                assertTrue(plain.contains(example.run()), page.getKey() + " shows the example on one line: "
                        + example.run() + "\n" + plain);
            }
        }
    }

    private picocli.CommandLine.Model.CommandSpec specOf(String pageName) {
        picocli.CommandLine command = Main.commandLine(new CliEnvironment(Map.of(), home, InputStream.nullInputStream(),
                Clock.systemUTC(), false, false));
        for (String name : pageName.split("-")) {
            if (!name.equals("mms")) {
                command = command.getSubcommands().get(name);
            }
        }
        return command.getCommandSpec();
    }

    @Test
    void textThatLooksLikeATroffRequestIsProtected() {
        assertEquals("\\&.hidden\nback\\eslash \\-\\-flag", ManPages.escape(".hidden\nback\\slash --flag"));
    }
}
