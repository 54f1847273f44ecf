package dev.mms.cli.help;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The parts of the help that picocli does not model: the environment variables and files mms reads, and each
 * command's examples. One list of each feeds both --help and the man pages (ManPages), so they cannot disagree.
 */
public final class HelpSections {

    /** A name (a variable or a path) and what it means to mms. */
    public record Entry(String name, String meaning) {
    }

    public static final List<Entry> ENVIRONMENT = List.of(
            new Entry("MMS_ENDPOINT", "API endpoint when --endpoint is not given, e.g. http://127.0.0.1:18086"),
            new Entry("MMS_SOURCE_ID", "data source id when neither --source-id nor the spec gives one"),
            new Entry("MMS_PROFILE", "profile of the mms config file when --profile is not given"),
            new Entry("MMS_REQUEST_TIMEOUT", "longest wait for one request when --request-timeout is not given; over the profile's "
                    + "requestTimeout (30s)"),
            new Entry("MMS_ATTEMPTS", "tries per request when --attempts is not given; over the profile's attempts (4)"),
            new Entry("ALIBABA_CLOUD_ACCESS_KEY_ID", "access key id; used before any config file"),
            new Entry("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "its secret (never give a secret as a flag)"),
            new Entry("ALIBABA_CLOUD_SECURITY_TOKEN", "STS token, for a temporary access key"),
            new Entry("ALIBABA_CLOUD_REGION_ID", "region when --region is not given (default cn-hangzhou)"),
            new Entry("ALIBABA_CLOUD_PROFILE", "profile of ~/.aliyun/config.json, as for the aliyun CLI"),
            new Entry("ALIBABA_CLOUD_IGNORE_PROFILE", "true: do not read ~/.aliyun/config.json"),
            new Entry("ALIBABA_CLOUD_CREDENTIALS_FILE", "credentials-java's INI file (default "
                    + "~/.alibabacloud/credentials.ini); its section is ALIBABA_CLOUD_PROFILE, else default"),
            new Entry("NO_COLOR", "set (to anything): no colour, as with --no-color"),
            new Entry("XDG_CONFIG_HOME", "where the mms config file is (default ~/.config)"),
            new Entry("XDG_STATE_HOME", "where the background emulator keeps its files (default ~/.local/state)"),
            new Entry("JAVA_HOME", "the Java runtime bin/mms starts (17 or newer), else java on the PATH"),
            new Entry("MMS_JAVA_OPTS", "extra JVM options for bin/mms"));

    public static final List<Entry> FILES = List.of(
            new Entry("~/.config/mms/config.yaml", "mms profiles: region, endpoint, sourceId "
                    + "($XDG_CONFIG_HOME/mms/config.yaml; chmod 600 if it holds a secret)"),
            new Entry("~/.aliyun/config.json", "profiles and keys of the aliyun CLI (modes AK and StsToken)"),
            new Entry("~/.alibabacloud/credentials.ini", "credentials-java's INI profiles (enable = true; type "
                    + "access_key, ecs_ram_role or ram_role_arn; chmod 600 if it holds a secret)"),
            new Entry("~/.local/state/mms/", "the background emulator's state, pid and log files, one set per port "
                    + "($XDG_STATE_HOME/mms/)"));

    static final String EXAMPLES = "mmsExamples";
    static final String ENVIRONMENT_SECTION = "mmsEnvironment";
    static final String FILES_SECTION = "mmsFiles";

    private HelpSections() {
    }

    /** The examples of a command, from its {@link Example} annotations. */
    public static List<Example> examples(CommandSpec spec) {
        Object command = spec.userObject();
        return command == null ? List.of() : List.of(command.getClass().getAnnotationsByType(Example.class));
    }

    /** Adds the sections to the help of every command of the tree: environment and files to the root's. */
    public static void install(CommandLine root) {
        installOn(root, true);
    }

    private static void installOn(CommandLine command, boolean isRoot) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        List<String> keys = new ArrayList<>(usage.sectionKeys());
        if (isRoot) {
            int footer = keys.indexOf(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING);
            keys.addAll(footer < 0 ? keys.size() : footer, List.of(ENVIRONMENT_SECTION, FILES_SECTION));
            usage.sectionMap().put(ENVIRONMENT_SECTION, help -> table(help, "Environment:", ENVIRONMENT));
            usage.sectionMap().put(FILES_SECTION, help -> table(help, "Files:", FILES));
        }
        keys.add(EXAMPLES);
        usage.sectionKeys(keys);
        usage.sectionMap().put(EXAMPLES, HelpSections::examples);
        command.getSubcommands().values().stream().distinct().forEach(sub -> installOn(sub, false));
    }

    private static String table(CommandLine.Help help, String heading, List<Entry> entries) {
        Map<String, String> rows = new LinkedHashMap<>();
        entries.forEach(e -> rows.put(e.name(), e.meaning()));
        return System.lineSeparator() + heading + System.lineSeparator() + help.createTextTable(rows);
    }

    /** "Examples:", then each one as a comment line and its command line, which is never wrapped. */
    private static String examples(CommandLine.Help help) {
        List<Example> examples = examples(help.commandSpec());
        if (examples.isEmpty()) {
            return "";
        }
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder(nl).append("Examples:").append(nl);
        for (Example example : examples) {
            text.append("  # ").append(example.does()).append(nl).append("  ").append(example.run()).append(nl);
        }
        return text.toString();
    }
}
