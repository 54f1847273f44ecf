package dev.mms.cli;

import dev.mms.cli.completion.Candidates;
import dev.mms.cli.help.Example;
import dev.mms.api.Deadline;
import dev.mms.cli.catalog.DbCommand;
import dev.mms.cli.catalog.PartitionCommand;
import dev.mms.cli.catalog.TableCommand;
import dev.mms.cli.help.HelpCommand;
import dev.mms.cli.config.ConfigCommand;
import dev.mms.cli.job.JobCommand;
import dev.mms.cli.source.SourceCommand;
import dev.mms.cli.task.TaskCommand;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command {@code mms}: the global options, inherited by every subcommand, and the command groups. */
@Subcommands({JobCommand.class, SourceCommand.class, DbCommand.class, TableCommand.class, PartitionCommand.class,
        TaskCommand.class, ConfigCommand.class, EmulatorCommand.class, CompletionCommand.class, HelpCommand.class})
@Command(name = "mms",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Create and follow MaxCompute Migration Service (MMS) jobs from YAML specs.",
        footer = ExitCodes.HELP_TEXT)
@Example(does = "Try mms with no cloud account: a job on the local emulator, followed to its end",
        run = "mms --profile local job create -f docs/examples/tables-with-filters.yaml --watch")
@Example(does = "Check every spec of a directory offline, as CI does on a pull request",
        run = "mms job validate -f specs/")
@Example(does = "Show the options of a command",
        run = "mms help job create")
public final class MmsCommand {

    private final CliEnvironment environment;
    private Session session;
    private Deadline deadline;

    @Option(names = "--profile", scope = ScopeType.INHERIT, paramLabel = "NAME",
            completionCandidates = Candidates.Profiles.class,
            description = "Profile of the mms config file or of ~/.aliyun/config.json; 'local' is the built-in emulator profile.")
    String profile;

    @Option(names = "--endpoint", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "API endpoint with its scheme: https://maxcompute.<region>.aliyuncs.com, or http://127.0.0.1:18086 for the local emulator.")
    String endpoint;

    @Option(names = "--region", scope = ScopeType.INHERIT, paramLabel = "REGION",
            description = "Region id, e.g. cn-hangzhou; gives the endpoint when none is set.")
    String region;

    @Option(names = "--vpc", scope = ScopeType.INHERIT,
            description = "Use the region's VPC endpoint, https://maxcompute-vpc.<region>.aliyuncs.com.")
    Boolean vpc;

    @Option(names = "--allow-http", scope = ScopeType.INHERIT,
            description = "Allow a plain http:// endpoint that is not loopback (requests then travel unencrypted).")
    Boolean allowHttp;

    @Option(names = "--source-id", scope = ScopeType.INHERIT, paramLabel = "ID",
            description = "Data source id (see: mms source list).")
    Long sourceId;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colour, even on a terminal.")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "No progress or notices on stderr.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Trace HTTP requests on stderr (secrets redacted); stack traces on errors.")
    boolean verbose;

    @Option(names = "--timeout", scope = ScopeType.INHERIT, paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Deadline for the whole command: every request, retry and wait (then exit 6), e.g. 30s, 10m, 2h.")
    Duration timeout;

    @Option(names = "--request-timeout", scope = ScopeType.INHERIT, paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "Longest wait for one request's whole answer (default: 30s; env MMS_REQUEST_TIMEOUT, "
                    + "profile key requestTimeout).")
    Duration requestTimeout;

    @Option(names = "--attempts", scope = ScopeType.INHERIT, paramLabel = "N",
            description = "Tries per request when the service is busy or the network fails, 1 to 20 (default: 4; env "
                    + "MMS_ATTEMPTS, profile key attempts).")
    Integer attempts;

    public MmsCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    public CliEnvironment environment() {
        return environment;
    }

    /** The resolved profile, endpoint and client, built once per command line on first use. */
    public Session session(picocli.CommandLine.Model.CommandSpec spec) {
        if (session == null) {
            session = Session.open(this, spec.commandLine().getErr());
        }
        return session;
    }

    public boolean verbose() {
        return verbose;
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean noColor() {
        return noColor;
    }

    public Duration timeout() {
        return timeout;
    }

    /** The one deadline of this invocation, from --timeout, started the first time anything asks for it. */
    public synchronized Deadline deadline() {
        if (deadline == null) {
            deadline = Deadline.after(environment.clock(), timeout);
        }
        return deadline;
    }

    public String profile() {
        return profile;
    }

    public String endpoint() {
        return endpoint;
    }

    public String region() {
        return region;
    }

    public Long sourceId() {
        return sourceId;
    }

    /** The global flags that take part in configuration. */
    public dev.mms.config.Overrides overrides() {
        return new dev.mms.config.Overrides(profile, endpoint, region, sourceId, vpc, allowHttp, requestTimeout,
                attempts);
    }

    /** The root object of the command line that {@code spec} belongs to. */
    public static MmsCommand of(picocli.CommandLine.Model.CommandSpec spec) {
        return (MmsCommand) spec.root().userObject();
    }
}
