package dev.mms.cli.config;

import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.UsageException;
import dev.mms.cli.help.Example;
import dev.mms.config.ConfigFile;
import dev.mms.config.ProfileEditor;
import dev.mms.config.ProfileSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mms config set KEY VALUE}: one setting of an mms profile. A secret is read from stdin ({@code -}), never from
 * the command line, where ps and the shell history would show it; the file is written readable by its owner only.
 */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Set one setting of the current (or --profile) mms profile.",
                "accessKeySecret is read from stdin: give - as its value; a file holding it is readable only by you."})
@Example(does = "Give the current profile a region",
        run = "mms config set region cn-shanghai")
@Example(does = "Give each request of the current profile at most 10 s for its answer",
        run = "mms config set requestTimeout 10s")
@Example(does = "Store the secret of the prod profile's key, from a variable through stdin (never as an argument)",
        run = "printf %s \"$SECRET\" | mms --profile prod config set accessKeySecret -")
public final class ConfigSetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KEY", description = "endpoint, region, vpc, allowHttp, sourceId, requestTimeout, "
            + "attempts, accessKeyId or accessKeySecret.")
    String key;

    @Parameters(index = "1", paramLabel = "VALUE", description = "The value; - reads it from stdin (required for accessKeySecret).")
    String value;

    @Override
    public Integer call() throws IOException {
        ConfigKeys.checkSettable(key);
        if (ProfileSettings.isSecret(key) && !value.equals("-")) {
            throw new UsageException(key + " is never taken from the command line (ps and the shell history would"
                    + " show it); pipe it in: printf %s \"$SECRET\" | mms config set " + key + " -");
        }
        String text = value.equals("-") ? readStdin() : value;
        ConfigFileEdit edit = ConfigFileEdit.of(spec);
        ProfileSettings current = edit.file().profile(edit.profile());
        ProfileSettings changed = ProfileEditor.set(current == null ? null : current, key, text);
        ConfigFile file = edit.file().withProfile(edit.profile(), changed);
        if (file.current() == null) {
            file = file.withCurrent(edit.profile());
        }
        file.save(edit.path());
        if (!MmsCommand.of(spec).quiet()) {
            spec.commandLine().getErr().println("mms: set " + key + " of profile '" + edit.profile() + "' in "
                    + edit.path());
        }
        return ExitCodes.OK;
    }

    private String readStdin() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(MmsCommand.of(spec).environment().stdin(),
                StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null || line.isBlank()) {
            throw new UsageException("no value on stdin for " + key);
        }
        return line.strip();
    }
}
