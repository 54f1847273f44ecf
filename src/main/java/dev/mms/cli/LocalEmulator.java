package dev.mms.cli;

import dev.mms.api.Deadline;
import dev.mms.cli.emulator.BackgroundEmulator;
import dev.mms.cli.emulator.EmulatorStopCommand;
import java.io.PrintWriter;
import java.net.URI;

/**
 * Makes the built-in {@code local} profile work on a fresh machine: when nothing answers on its endpoint, starts the
 * background emulator there ({@link BackgroundEmulator}, as {@code mms emulator start} does). Only for a plain
 * {@code http://} endpoint on 127.0.0.1 (or localhost) at port 1024 or above: {@code --profile local} with any other
 * {@code --endpoint} just talks to it.
 */
final class LocalEmulator {

    private LocalEmulator() {
    }

    static void ensureRunning(URI endpoint, CliEnvironment environment, Deadline deadline, PrintWriter notices) {
        int port = endpoint.getPort();
        if (!startsHere(endpoint) || BackgroundEmulator.answers(port)) {
            return;
        }
        BackgroundEmulator.Running running = new BackgroundEmulator(environment)
                .start(port, BackgroundEmulator.DEFAULT_SPEED, null, null, deadline);
        if (notices != null) {
            notices.println("mms: started a local MMS emulator on " + running.endpoint() + " (pid " + running.pid()
                    + ", jobs in " + running.stateFile() + "); stop it with: "
                    + EmulatorStopCommand.commandFor(running.port()));
            notices.flush();
        }
    }

    /** An endpoint the local profile may start an emulator for: where the emulator listens, 127.0.0.1. */
    static boolean startsHere(URI endpoint) {
        String host = endpoint.getHost();
        return "http".equalsIgnoreCase(endpoint.getScheme()) && endpoint.getPort() >= 1024
                && ("127.0.0.1".equals(host) || "localhost".equalsIgnoreCase(host));
    }
}
