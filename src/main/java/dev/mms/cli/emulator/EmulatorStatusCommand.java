package dev.mms.cli.emulator;

import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.help.Example;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mms emulator status}: the background emulators of this user, one line each; exit 4 when none runs. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show the background emulators mms started: endpoint, pid, start time, state file and log.",
                "Exit 0 when one runs (on --port, if given), 4 when none does."})
@Example(does = "Every background emulator",
        run = "mms emulator status")
@Example(does = "Is the emulator of --profile local running? (for scripts)",
        run = "mms emulator status --port 18086 > /dev/null")
public final class EmulatorStatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Only the emulator on this port.")
    Integer port;

    @Override
    public Integer call() {
        BackgroundEmulator emulators = new BackgroundEmulator(MmsCommand.of(spec).environment());
        List<BackgroundEmulator.Running> running = port == null ? emulators.all()
                : emulators.find(port).map(List::of).orElse(List.of());
        PrintWriter out = spec.commandLine().getOut();
        for (BackgroundEmulator.Running r : running) {
            out.println(r.endpoint() + "  pid " + r.pid() + "  since " + r.started() + "  state " + r.stateFile()
                    + "  log " + r.logFile());
        }
        if (running.isEmpty()) {
            spec.commandLine().getErr().println("mms: no emulator started by mms is running"
                    + (port == null ? "" : " on port " + port) + "; start one with: mms emulator start"
                    + (port == null ? "" : " --port " + port));
            return ExitCodes.NOT_FOUND;
        }
        return ExitCodes.OK;
    }
}
