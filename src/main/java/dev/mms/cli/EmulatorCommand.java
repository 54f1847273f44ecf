package dev.mms.cli;

import dev.mms.cli.help.Example;
import dev.mms.emulator.EmulatorConfig;
import dev.mms.emulator.EmulatorServer;
import dev.mms.emulator.FaultPlan;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mms emulator}: serves the MMS API on loopback until stopped, for trying mms and testing scripts offline. */
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = {"Run a local emulator of the MMS API on 127.0.0.1 (Ctrl-C stops it).",
                "Reach it with --profile local (it accepts that profile's built-in access key)."})
@Example(does = "Serve the API in the foreground on the default port (Ctrl-C stops it)",
        run = "mms emulator")
@Example(does = "Keep the jobs across restarts, on another port, advancing jobs 10 times faster",
        run = "mms emulator --port 18090 --state jobs.json --speed 10")
public final class EmulatorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = EmulatorConfig.DEFAULT_PORT;

    @Option(names = "--state", paramLabel = "FILE", description = "Keep jobs in this file across restarts (default: in memory).")
    Path stateFile;

    @Option(names = "--catalog", paramLabel = "FILE", description = "YAML catalog of data sources, databases, tables and partitions (default: built in).")
    Path catalogFile;

    @Option(names = "--speed", paramLabel = "X", description = "How fast jobs advance; 1 = a 10-task job takes about 15 s (default: ${DEFAULT-VALUE}).")
    double speed = 1.0;

    @Option(names = "--faults", paramLabel = "SPEC",
            description = "Inject faults, e.g. latency=200ms,5xx=0.1,throttle=0.1,drop=0.05,truncate=0.05,retry-after=2.")
    String faults;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be between 0 and 65535, not " + port);
        }
        if (!(speed > 0)) {
            throw new UsageException("--speed must be greater than 0");
        }
        EmulatorConfig config = EmulatorConfig.defaults().withPort(port).withStateFile(stateFile)
                .withCatalogFile(catalogFile).withSpeed(speed);
        FaultPlan faultPlan;
        try {
            faultPlan = faults == null ? FaultPlan.none() : FaultPlan.parse(faults, new Random());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--faults: " + e.getMessage());
        }
        try (EmulatorServer server = EmulatorServer.start(config, faultPlan)) {
            spec.commandLine().getErr().println("MMS emulator listening on http://" + server.endpoint()
                    + (stateFile == null ? " (state in memory)" : " (state in " + stateFile + ")")
                    + "; use --profile local" + (port == EmulatorConfig.DEFAULT_PORT ? "" : " --endpoint http://" + server.endpoint()));
            spec.commandLine().getErr().flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return ExitCodes.OK;
    }
}
