package dev.mms.cli;

import dev.mms.cli.emulator.EmulatorStartCommand;
import dev.mms.cli.emulator.EmulatorStatusCommand;
import dev.mms.cli.emulator.EmulatorStopCommand;
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
@Offline
@Subcommands({EmulatorStartCommand.class, EmulatorStatusCommand.class, EmulatorStopCommand.class})
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = {"Run a local emulator of the MMS API on 127.0.0.1 (Ctrl-C stops it).",
                "Reach it with --profile local (it accepts that profile's built-in access key). In the background: "
                        + "mms emulator start, status and stop."},
        footer = {"",
                "Access key: the emulator accepts one, by default id " + EmulatorConfig.DEFAULT_ACCESS_KEY_ID
                        + " and secret " + EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET + " (the built-in profile"
                        + " 'local' signs with it), and prints it when it starts. Change the id with"
                        + " --access-key-id or " + EmulatorCommand.ID_VARIABLE + ", the secret with "
                        + EmulatorCommand.SECRET_VARIABLE + "; then reach it with ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET"
                        + " and --endpoint http://127.0.0.1:PORT instead of --profile local. The official SDK or the"
                        + " aliyun CLI can use the same key and endpoint."})
@Example(does = "Serve the API in the foreground on the default port (Ctrl-C stops it)",
        run = "mms emulator")
@Example(does = "Keep the jobs across restarts, on another port, advancing jobs 10 times faster",
        run = "mms emulator --port 18090 --state jobs.json --speed 10")
public final class EmulatorCommand implements Callable<Integer> {

    static final String ID_VARIABLE = "MMS_EMULATOR_ACCESS_KEY_ID";
    static final String SECRET_VARIABLE = "MMS_EMULATOR_ACCESS_KEY_SECRET";

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
            description = {"Inject faults, e.g. latency=200ms,5xx=0.1,throttle=0.1,drop=0.05,truncate=0.05,retry-after=2.",
                    "Also hang=P (no answer ever) and outage=30s,outage-after=5s (every connection closed unanswered"
                            + " for 30s, 5s after start)."})
    String faults;

    @Option(names = "--access-key-id", paramLabel = "ID",
            description = "The access key id to accept (default: " + EmulatorConfig.DEFAULT_ACCESS_KEY_ID + ", or "
                    + ID_VARIABLE + "); its secret comes from " + SECRET_VARIABLE + ", never from a flag.")
    String accessKeyId;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be between 0 and 65535, not " + port);
        }
        if (!(speed > 0)) {
            throw new UsageException("--speed must be greater than 0");
        }
        java.util.Map<String, String> env = MmsCommand.of(spec).environment().env();
        String id = firstSet(accessKeyId, env.get(ID_VARIABLE), EmulatorConfig.DEFAULT_ACCESS_KEY_ID);
        String secret = firstSet(env.get(SECRET_VARIABLE), EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET);
        EmulatorConfig config = EmulatorConfig.defaults().withPort(port).withStateFile(stateFile)
                .withCatalogFile(catalogFile).withSpeed(speed).withAccessKey(id, secret);
        FaultPlan faultPlan;
        try {
            faultPlan = faults == null ? FaultPlan.none() : FaultPlan.parse(faults, new Random());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--faults: " + e.getMessage());
        }
        try (EmulatorServer server = EmulatorServer.start(config, faultPlan)) {
            boolean builtInKey = id.equals(EmulatorConfig.DEFAULT_ACCESS_KEY_ID)
                    && secret.equals(EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET);
            java.io.PrintWriter err = spec.commandLine().getErr();
            err.println("MMS emulator listening on http://" + server.endpoint()
                    + (stateFile == null ? " (state in memory)" : " (state in " + stateFile + ")")
                    + (builtInKey ? "; use --profile local" + (port == EmulatorConfig.DEFAULT_PORT ? ""
                    : " --endpoint http://" + server.endpoint())
                    : "; use --endpoint http://" + server.endpoint() + " with ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET"));
            err.println("  access key id " + id + ", secret " + secret + " (see mms emulator --help to change them);"
                    + " data source" + (server.sourceIds().size() == 1 ? " " : "s ")
                    + server.sourceIds().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
            err.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return ExitCodes.OK;
    }

    private static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
