package dev.mms.cli.config;

import dev.mms.auth.AliyunConfigFile;
import dev.mms.cli.CliEnvironment;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.help.Example;
import dev.mms.config.ConfigException;
import dev.mms.config.ConfigFile;
import dev.mms.config.ContextResolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mms config use PROFILE}: makes a profile the current one of the mms config file. The name may be an mms
 * profile, 'local', or a profile of the aliyun CLI's config.json (mms then uses that profile's key and region).
 */
@Command(name = "use", mixinStandardHelpOptions = true,
        description = "Make PROFILE current: an mms profile, 'local', or a profile of ~/.aliyun/config.json.")
@Example(does = "Use the prod profile from now on",
        run = "mms config use prod")
@Example(does = "Go back to the local emulator",
        run = "mms config use local")
public final class ConfigUseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROFILE", description = "The profile to make current.")
    String profile;

    @Override
    public Integer call() {
        CliEnvironment environment = MmsCommand.of(spec).environment();
        Path path = new ContextResolver(environment.home()).configPath(environment.env());
        ConfigFile file = ConfigFile.load(path);
        AliyunConfigFile aliyun = AliyunConfigFile.load(environment.home());
        if (file.profile(profile) == null && !ContextResolver.LOCAL.equals(profile)
                && aliyun.profile(profile) == null) {
            List<String> names = new ArrayList<>(file.profiles().keySet());
            names.add(ContextResolver.LOCAL);
            throw new ConfigException("profile '" + profile + "' not found; mms profiles (" + path + "): "
                    + String.join(", ", names) + "; aliyun CLI profiles (" + aliyun.path() + "): "
                    + (aliyun.names().isEmpty() ? "none" : String.join(", ", aliyun.names())));
        }
        file.withCurrent(profile).save(path);
        if (!MmsCommand.of(spec).quiet()) {
            spec.commandLine().getErr().println("mms: current profile is now '" + profile + "' (" + path + ")");
        }
        return ExitCodes.OK;
    }
}
