package dev.mms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliEnvironmentTest {

    @Test
    void homeIsDollarHomeLikeForTheShellAndTheAliyunCli() {
        assertEquals(Path.of("/tmp/someone"), CliEnvironment.home(Map.of("HOME", "/tmp/someone"), "/root"));
    }

    @Test
    void withoutDollarHomeJavasUserHomeIsUsed() {
        assertEquals(Path.of("/root"), CliEnvironment.home(Map.of(), "/root"));
        assertEquals(Path.of("/root"), CliEnvironment.home(Map.of("HOME", ""), "/root"));
    }
}
