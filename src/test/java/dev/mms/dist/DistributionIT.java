package dev.mms.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip as a user gets it: unpacked into an empty folder and run from there with a clean HOME and a bare
 * environment, no build directory in sight. It must hold the tuned launcher, its class-data archive, the completion
 * scripts, the man pages, LICENSE and README, print its version, and create and list a job against the emulator it
 * starts itself; the archive is in use once the launcher has made it for this place.
 */
class DistributionIT {

    @TempDir
    Path folder;

    private Path home;
    private Path mms;
    private Integer port;

    @BeforeEach
    void unpack() throws Exception {
        Path zip = Path.of(System.getProperty("mms.release.zip", "target/jreleaser/assemble/mms/archive/missing.zip"));
        assertTrue(Files.isRegularFile(zip), "mvn package assembled " + zip);
        Path unpacked = folder.resolve("download");
        unzip(zip, unpacked);
        try (var top = Files.list(unpacked)) {
            Path root = top.findFirst().orElseThrow();
            mms = root.resolve("bin/mms");
        }
        home = Files.createDirectories(folder.resolve("home"));
    }

    @AfterEach
    void stopTheEmulator() throws Exception {
        if (port != null) {
            run("emulator", "stop", "--port", String.valueOf(port));
        }
    }

    @Test
    void holdsTheLauncherTheArchiveCompletionManPagesLicenseAndReadme() throws IOException {
        Path root = mms.getParent().getParent();
        assertTrue(Files.isExecutable(mms), "bin/mms is executable");
        assertTrue(Files.readString(mms).contains("class-data archive"), "bin/mms is the tuned launcher");
        assertTrue(Files.exists(root.resolve("lib/mms.jar")), "lib/mms.jar");
        assertTrue(Files.exists(root.resolve("lib/mms.jsa")) || Files.exists(root.resolve("lib/mms.aot")),
                "the class-data archive made at build time");
        for (String script : List.of("mms.bash", "_mms", "mms.fish")) {
            assertEquals(Files.readString(Path.of("completions", script)),
                    Files.readString(root.resolve("completions").resolve(script)), script + " as committed");
        }
        try (var pages = Files.list(Path.of("docs/man"))) {
            for (Path page : pages.toList()) {
                assertTrue(Files.exists(root.resolve("man/man1").resolve(page.getFileName())), "man page " + page);
            }
        }
        assertTrue(Files.readString(root.resolve("LICENSE")).contains("Apache License"), "the Apache-2.0 text");
        assertTrue(Files.readString(root.resolve("README.md")).contains("mms"), "a README");
    }

    @Test
    void runsFromTheUnpackedFolderAgainstItsOwnEmulator() throws Exception {
        Result version = run("--version");
        assertEquals(0, version.code, version.toString());
        assertTrue(version.out.startsWith("mms ") && version.out.contains("class data:"), version.toString());

        Result start = run("emulator", "start", "--port", "0", "--speed", "50");
        assertEquals(0, start.code, start.toString());
        port = java.net.URI.create(start.out.strip()).getPort();
        String endpoint = start.out.strip();
        assertTrue(Files.exists(home.resolve(".local/state/mms/emulator-" + port + ".pid")), "state in the new HOME");

        Path spec = folder.resolve("spec.yaml");
        Files.copy(Path.of("docs/examples/tables-with-filters.yaml"), spec);
        Result create = run("--profile", "local", "--endpoint", endpoint, "job", "create", "-f", spec.toString(),
                "--watch", "--timeout", "2m");
        assertEquals(0, create.code, create.toString());
        Result list = run("--profile", "local", "--endpoint", endpoint, "job", "list", "-o", "json");
        assertEquals(0, list.code, list.toString());
        assertTrue(java.util.regex.Pattern.compile("\"status\"\\s*:\\s*\"DONE\"").matcher(list.out).find(),
                "the job was followed to DONE: " + list);

        // the launcher makes a class-data archive for this place in the background; later runs use it
        Result inUse = version;
        for (int i = 0; i < 60 && !inUse.out.contains("class data: in use"); i++) {
            Thread.sleep(1000);
            inUse = run("--version");
        }
        assertTrue(inUse.out.contains("class data: in use"), "the archive is in use within a minute: " + inUse);
    }

    private record Result(List<String> args, int code, String out, String err) {
        @Override
        public String toString() {
            return "bin/mms " + String.join(" ", args) + "\n--- exit " + code + "\n--- stdout:\n" + out
                    + "--- stderr:\n" + err;
        }
    }

    /** Runs the unpacked bin/mms as a user on a fresh account would: only HOME, PATH and TERM. */
    private Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(mms.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().clear();
        builder.environment().put("HOME", home.toString());
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("TERM", "dumb");
        Path err = Files.createTempFile(folder, "stderr", ".txt");
        builder.redirectError(err.toFile());
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Result(List.of(args), process.exitValue(), out, Files.readString(err));
    }

    /** Unpacks with unzip, as a user does (it keeps the permissions and times the archive records). */
    private static void unzip(Path zip, Path into) throws Exception {
        Process unzip = new ProcessBuilder("unzip", "-q", zip.toString(), "-d", into.toString())
                .redirectErrorStream(true).start();
        String output = new String(unzip.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(unzip.waitFor(2, TimeUnit.MINUTES) && unzip.exitValue() == 0, "unzip: " + output);
    }
}
