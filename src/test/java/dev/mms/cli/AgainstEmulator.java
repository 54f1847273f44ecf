package dev.mms.cli;

import dev.mms.emulator.EmulatorConfig;
import dev.mms.emulator.EmulatorServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CLI test against an in-process emulator: a fresh one on a free port for each test, at speed 300 (a job of ten
 * tasks ends in about 50 ms), {@link #mms} talking to it from a home of its own, and a folder for spec files.
 */
abstract class AgainstEmulator {

    @TempDir
    Path home;
    @TempDir
    Path specs;

    EmulatorServer emulator;
    CliHarness mms;

    @BeforeEach
    void startEmulator() throws IOException {
        emulator = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(300));
        mms = CliHarness.of(home, emulator.endpoint());
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    /** Writes {@code name} (which may name a sub-folder) under the spec folder. */
    Path write(String name, String yaml) throws IOException {
        Path file = specs.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }
}
