package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mms --version}: the version, the runtime it runs on, and whether the launcher's archive is in use. */
class VersionCliTest {

    @TempDir
    Path home;

    @AfterEach
    void forgetLauncherChoice() {
        System.clearProperty("mms.archive");
    }

    @Test
    void namesTheRuntimeAndThatNoArchiveIsUsedOutsideTheLauncher() {
        List<String> lines = version();
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertEquals("runtime: Java " + System.getProperty("java.version") + ", " + System.getProperty("java.vm.name")
                + " (" + System.getProperty("java.home") + ")", lines.get(1));
        assertEquals("class data: none (start mms with bin/mms to use its archive)", lines.get(2));
    }

    @Test
    void saysWhichArchiveTheLauncherChose() {
        System.setProperty("mms.archive", "shipped /opt/mms/lib/mms.aot");
        assertEquals("class data: in use, AOT cache /opt/mms/lib/mms.aot (shipped with mms)", version().get(2));
        System.setProperty("mms.archive", "cached /home/u/.cache/mms/mms-1.jsa");
        assertEquals("class data: in use, AppCDS archive /home/u/.cache/mms/mms-1.jsa (made for this place and JVM)",
                version().get(2));
        System.setProperty("mms.archive", "creating /home/u/.cache/mms/mms-1.jsa");
        assertEquals("class data: not in use yet: the shipped archive does not fit this place or JVM; AppCDS archive "
                + "/home/u/.cache/mms/mms-1.jsa is being made in the background for the next runs", version().get(2));
        System.setProperty("mms.archive", "off");
        assertEquals("class data: off (MMS_ARCHIVE=off)", version().get(2));
    }

    private List<String> version() {
        CliHarness.Result result = CliHarness.of(home, null).run("--version");
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("mms ", result.out().substring(0, 4), result.toString());
        return result.out().lines().toList();
    }
}
