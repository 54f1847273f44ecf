package dev.mms.cli.config;

import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.help.Example;
import dev.mms.config.ProfileEditor;
import dev.mms.config.ProfileSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mms config unset KEY}: removes one setting from the current (or --profile) mms profile. */
@Command(name = "unset", mixinStandardHelpOptions = true,
        description = "Remove one setting from the current (or --profile) mms profile.")
@Example(does = "Go back to the endpoint of the region",
        run = "mms config unset endpoint")
@Example(does = "Remove the stored secret of the prod profile",
        run = "mms --profile prod config unset accessKeySecret")
public final class ConfigUnsetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "KEY", description = "endpoint, region, vpc, allowHttp, sourceId, requestTimeout, "
            + "attempts, accessKeyId or accessKeySecret.")
    String key;

    @Override
    public Integer call() {
        ConfigKeys.checkSettable(key);
        ConfigFileEdit edit = ConfigFileEdit.of(spec);
        ProfileSettings current = edit.file().profile(edit.profile());
        if (current == null || current.get(key) == null) {
            spec.commandLine().getErr().println("mms: " + key + " is not set in profile '" + edit.profile() + "' of "
                    + edit.path());
            return ExitCodes.OK;
        }
        edit.file().withProfile(edit.profile(), ProfileEditor.set(current, key, null)).save(edit.path());
        if (!MmsCommand.of(spec).quiet()) {
            spec.commandLine().getErr().println("mms: unset " + key + " of profile '" + edit.profile() + "'");
        }
        return ExitCodes.OK;
    }
}
