package dev.mms.startup;

import dev.mms.cli.CliEnvironment;
import dev.mms.cli.Main;
import dev.mms.emulator.EmulatorConfig;
import dev.mms.emulator.EmulatorServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run of the class-data archive (AppCDS on JDK 17-24, the AOT cache on JDK 25 and later): the commands
 * users run most, in one JVM, so that the classes they load (and on JDK 25 their linking and profiles) are recorded.
 * An emulator on a free loopback port serves the commands that call the API; nothing is written outside a temporary
 * directory. The build runs it for the archive it ships, and {@code bin/mms} runs it in the background to make one
 * in the user's cache when the shipped archive does not fit the JVM or the place the distribution was unpacked to.
 *
 * <p>Exits 0 when every command gave the exit code it should; otherwise names the first that did not and exits 1,
 * so that a build notices a training run that no longer covers what it should.
 */
public final class TrainingRun {

    private static final String SPEC = String.join("\n",
            "name: training-daily-facts",
            "sourceId: 2000015",
            "srcDbName: sales",
            "dstDbName: sales_dw",
            "tables: [orders, order_items, customers]",
            "partitionFilters:",
            "  orders: \"ds >= '2024-06-02' and region in ('cn', 'eu')\"",
            "tableMapping:",
            "  orders: ods_orders",
            "enableVerification: true",
            "");

    private TrainingRun() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("mms-training");
        int code;
        try {
            code = train(work);
        } finally {
            deleteTree(work);
        }
        System.exit(code);
    }

    static int train(Path work) throws IOException {
        Path spec = Files.writeString(work.resolve("spec.yaml"), SPEC);
        EmulatorConfig config = EmulatorConfig.defaults().withPort(0).withSpeed(1000);
        try (EmulatorServer emulator = EmulatorServer.start(config)) {
            String endpoint = "http://" + emulator.endpoint();
            Map<String, String> env = Map.of(
                    "ALIBABA_CLOUD_ACCESS_KEY_ID", EmulatorConfig.DEFAULT_ACCESS_KEY_ID,
                    "ALIBABA_CLOUD_ACCESS_KEY_SECRET", EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET,
                    "HOME", work.toString());
            Trainer trainer = new Trainer(env, work);
            String file = spec.toString();
            trainer.expect(0, "--version");
            trainer.expect(0, "--help");
            trainer.expect(0, "job", "create", "--help");
            trainer.expect(0, "completion", "bash");
            trainer.expect(0, "job", "validate", "-f", file);
            trainer.expect(0, "job", "create", "--dry-run", "-f", file);
            trainer.expect(2, "job", "list", "--page-size", "0");
            String[] api = {"--endpoint", endpoint, "--source-id", "2000015"};
            trainer.expect(0, api, "source", "list");
            trainer.expect(0, api, "job", "create", "-f", file);
            trainer.expect(0, api, "job", "create", "-f", file, "--name", "training-watched", "--watch",
                    "--interval", "100ms", "--timeout", "60s");
            trainer.expect(0, api, "job", "list");
            trainer.expect(0, api, "job", "list", "-o", "json");
            trainer.expect(0, api, "job", "list", "--all", "-o", "json");
            trainer.expect(0, api, "job", "list", "-o", "csv");
            String firstName = trainer.expect(0, api, "job", "list", "-o", "name").lines().findFirst().orElse("");
            String firstJob = firstName.substring(firstName.indexOf('/') + 1); // job/123
            trainer.expect(0, api, "job", "watch", firstJob, "--interval", "100ms", "--timeout", "60s");
            trainer.expect(0, api, "job", "watch", firstJob, "-o", "json", "--interval", "100ms", "--timeout", "60s");
            return trainer.failures.isEmpty() ? 0 : 1;
        }
    }

    /** Runs command lines in-process as {@code mms} would, and keeps what went wrong. */
    private static final class Trainer {
        private final Map<String, String> env;
        private final Path home;
        private final List<String> failures = new ArrayList<>();

        Trainer(Map<String, String> env, Path home) {
            this.env = env;
            this.home = home;
        }

        String expect(int exitCode, String[] prefix, String... args) {
            return expect(exitCode, Stream.concat(Stream.of(prefix), Stream.of(args)).toArray(String[]::new));
        }

        /** Runs one command line; returns its stdout. */
        String expect(int exitCode, String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CliEnvironment environment = new CliEnvironment(env, home,
                    new ByteArrayInputStream(new byte[0]), Clock.systemUTC(), false, false);
            int code = Main.run(environment, new PrintWriter(out), new PrintWriter(err), args);
            if (code != exitCode) {
                failures.add(String.join(" ", args));
                PrintWriter report = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
                report.println("training run: 'mms " + String.join(" ", args) + "' exited " + code + ", not "
                        + exitCode + ": " + err.toString().strip());
            }
            return out.toString();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
