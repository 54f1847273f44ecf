package dev.mms.cli.emulator;

import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.help.Example;
import dev.mms.emulator.EmulatorConfig;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mms emulator stop}: stops the background emulator this user started on a port, and nothing else. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = {"Stop the background emulator that mms emulator start (or --profile local) started.",
                "Only a process that its pid file names and that still is that emulator is signalled; "
                        + "its jobs stay in the state file for the next start."})
@Example(does = "Stop the emulator of --profile local",
        run = "mms emulator stop")
@Example(does = "Stop the one on port 18090",
        run = "mms emulator stop --port 18090")
public final class EmulatorStopCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Its port (default: ${DEFAULT-VALUE}).")
    int port = EmulatorConfig.DEFAULT_PORT;

    @Override
    public Integer call() {
        MmsCommand root = MmsCommand.of(spec);
        Optional<BackgroundEmulator.Running> stopped = new BackgroundEmulator(root.environment()).stop(port,
                root.deadline());
        PrintWriter err = spec.commandLine().getErr();
        if (stopped.isEmpty()) {
            err.println("mms: no emulator started by mms runs on port " + port + "; nothing stopped");
            return ExitCodes.NOT_FOUND;
        }
        if (!root.quiet()) {
            err.println("mms: stopped the emulator on " + stopped.get().endpoint() + " (pid " + stopped.get().pid()
                    + "); its jobs stay in " + stopped.get().stateFile());
        }
        return ExitCodes.OK;
    }

    /** The command that stops the emulator on this port, for notices. */
    public static String commandFor(int port) {
        return "mms emulator stop" + (port == EmulatorConfig.DEFAULT_PORT ? "" : " --port " + port);
    }
}
