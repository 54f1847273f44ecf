package dev.mms.cli;

import dev.mms.emulator.EmulatorConfig;
import dev.mms.emulator.EmulatorServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    private final List<EmulatorServer> others = new ArrayList<>();

    @BeforeEach
    void startEmulator() throws IOException {
        emulator = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(300));
        mms = CliHarness.of(home, emulator.endpoint());
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
        others.forEach(EmulatorServer::close);
    }

    /** A client of another emulator, of its own and stopped after the test, whose jobs run at {@code speed}. */
    CliHarness atSpeed(double speed) throws IOException {
        EmulatorServer server = EmulatorServer.start(EmulatorConfig.defaults().withPort(0).withSpeed(speed));
        others.add(server);
        return CliHarness.of(home, server.endpoint());
    }

    /** Writes {@code name} (which may name a sub-folder) under the spec folder. */
    Path write(String name, String yaml) throws IOException {
        Path file = specs.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    /** A spec of one table of the built-in catalog's {@code sales} database (legacy_events is the table that fails). */
    Path salesSpec(String file, String name, String table) throws IOException {
        return write(file, "name: " + name + "\nsourceId: 2000015\nsrcDbName: sales\ndstDbName: sales_dw\n"
                + "tables: [" + table + "]\n");
    }

    /** The id of the job called {@code name} on the built-in source, as {@code job list} shows it. */
    static long jobId(CliHarness harness, String name) {
        return harness.run("job", "list", "--source-id", "2000015", "--name", name, "-o", "json").assertOk().json()
                .get(0).get("id").asLong();
    }
}
