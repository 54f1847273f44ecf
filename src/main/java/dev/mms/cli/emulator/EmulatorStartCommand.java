package dev.mms.cli.emulator;

import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.UsageException;
import dev.mms.cli.help.Example;
import dev.mms.emulator.EmulatorConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mms emulator start}: the emulator in the background, its endpoint on stdout for scripts. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Start the emulator in the background on 127.0.0.1 and print its endpoint.",
                "Its jobs, log and pid are kept per port in ~/.local/state/mms/ ($XDG_STATE_HOME/mms/); "
                        + "it runs until mms emulator stop. Already running on that port: prints its endpoint."})
@Example(does = "Start it on the port of --profile local",
        run = "mms emulator start")
@Example(does = "Start one on a free port and point mms at it, e.g. in CI",
        run = "export MMS_ENDPOINT=$(mms emulator start --port 0)")
public final class EmulatorStartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N",
            description = "Port to listen on (default: ${DEFAULT-VALUE}, that of --profile local; 0 picks a free one).")
    int port = EmulatorConfig.DEFAULT_PORT;

    @Option(names = "--speed", paramLabel = "X",
            description = "How fast jobs advance; 1 = a 10-task job takes about 15 s (default: ${DEFAULT-VALUE}).")
    double speed = BackgroundEmulator.DEFAULT_SPEED;

    @Option(names = "--state", paramLabel = "FILE",
            description = "Keep jobs in this file (default: emulator-PORT.json in the state directory).")
    Path stateFile;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "YAML catalog of data sources, databases, tables and partitions (default: built in).")
    Path catalogFile;

    @Override
    public Integer call() {
        if (port != 0 && (port < 1024 || port > 65535)) {
            throw new UsageException("--port must be 0 or between 1024 and 65535, not " + port);
        }
        if (!(speed > 0)) {
            throw new UsageException("--speed must be greater than 0");
        }
        MmsCommand root = MmsCommand.of(spec);
        BackgroundEmulator emulators = new BackgroundEmulator(root.environment());
        BackgroundEmulator.Running running = emulators.start(port, speed, stateFile, catalogFile, root.deadline());
        spec.commandLine().getOut().println(running.endpoint());
        if (!root.quiet()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("mms: emulator running on " + running.endpoint() + " (pid " + running.pid() + "; jobs in "
                    + running.stateFile() + ", log " + running.logFile() + "); stop it with: "
                    + EmulatorStopCommand.commandFor(running.port()));
        }
        return ExitCodes.OK;
    }
}
