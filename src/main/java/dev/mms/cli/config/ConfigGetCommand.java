package dev.mms.cli.config;

import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.help.Example;
import dev.mms.config.Setting;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mms config get KEY}: one effective setting's value (a secret as ***), for scripts. */
@Command(name = "get", mixinStandardHelpOptions = true,
        description = "Print the effective value of one setting (a secret as ***); exit 4 when it is not set.")
@Example(does = "The endpoint mms would call",
        run = "mms config get endpoint")
@Example(does = "The region of another profile",
        run = "mms --profile prod config get region")
public final class ConfigGetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "KEY", description = "endpoint, region, vpc, allowHttp, sourceId, requestTimeout, attempts, "
            + "accessKeyId, profile, ...")
    String key;

    @Override
    public Integer call() {
        ConfigKeys.checkViewable(key);
        for (Setting s : MmsCommand.of(spec).session(spec).context().settings()) {
            if (s.key().equals(key) && !s.origin().equals("not set")) {
                spec.commandLine().getOut().println(s.value());
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            }
        }
        spec.commandLine().getErr().println("mms: " + key + " is not set");
        return ExitCodes.NOT_FOUND;
    }
}
