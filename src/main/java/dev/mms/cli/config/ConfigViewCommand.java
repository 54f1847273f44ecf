package dev.mms.cli.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.help.Example;
import dev.mms.config.Setting;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mms config view}: the settings a command of this invocation would use, each with where it came from (flag,
 * environment, mms profile, aliyun profile, default). Secrets show as ***. Nothing is sent and no key is fetched.
 */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = "Show the effective settings and where each came from (secrets as ***); sends nothing.")
@Example(does = "The settings mms would use now",
        run = "mms config view")
@Example(does = "The same for another profile and region, as JSON",
        run = "mms --profile prod --region cn-beijing config view -o json")
public final class ConfigViewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default) or json.")
    Format format;

    /** How the settings are printed. */
    enum Format { table, json }

    @Override
    public Integer call() throws Exception {
        List<Setting> settings = MmsCommand.of(spec).session(spec).context().settings();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode all = json.createArrayNode();
            settings.forEach(s -> all.addObject().put("key", s.key()).put("value", s.value()).put("origin", s.origin()));
            out.println(json.writeValueAsString(all));
        } else {
            ConfigTable table = new ConfigTable("KEY", "VALUE", "ORIGIN");
            settings.forEach(s -> table.row(s.key(), s.value(), s.origin()));
            table.print(out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
