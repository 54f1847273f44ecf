package dev.mms.cli.config;

import dev.mms.auth.AliyunConfigFile;
import dev.mms.auth.AliyunProfile;
import dev.mms.cli.CliEnvironment;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.help.Example;
import dev.mms.config.ConfigFile;
import dev.mms.config.ContextResolver;
import dev.mms.config.ProfileSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mms config list}: the profiles of the mms config file and of the aliyun CLI's, the current ones marked. */
@Command(name = "list", aliases = "ls", mixinStandardHelpOptions = true,
        description = "List the profiles of the mms config file and of ~/.aliyun/config.json (* marks the current).")
@Example(does = "Every profile mms can use",
        run = "mms config list")
@Example(does = "Then switch to one of them",
        run = "mms config use prod")
public final class ConfigListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CliEnvironment environment = MmsCommand.of(spec).environment();
        ContextResolver resolver = new ContextResolver(environment.home());
        Path path = resolver.configPath(environment.env());
        ConfigFile mms = ConfigFile.load(path);
        ConfigTable table = new ConfigTable("", "PROFILE", "FILE", "SETTINGS");
        mms.profiles().forEach((name, p) -> table.row(name.equals(mms.current()) ? "*" : "", name, "mms",
                summary(p)));
        if (mms.profile(ContextResolver.LOCAL) == null) {
            table.row(ContextResolver.LOCAL.equals(mms.current()) ? "*" : "", ContextResolver.LOCAL, "built in",
                    "the local emulator on http://127.0.0.1:18086");
        }
        AliyunConfigFile aliyun = AliyunConfigFile.ignoredBy(environment.env()) ? null
                : AliyunConfigFile.load(environment.home());
        if (aliyun != null) {
            String mmsChoice = mms.current();
            String selected = mmsChoice != null && mms.profile(mmsChoice) == null && aliyun.profile(mmsChoice) != null
                    ? mmsChoice : aliyun.selectedName(null, environment.env());
            for (AliyunProfile p : aliyun.profiles()) {
                table.row(p.name().equals(selected) ? "*" : "", p.name(), "aliyun", "mode " + p.mode()
                        + (p.regionId() == null ? "" : ", region_id " + p.regionId()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        table.print(out);
        out.flush();
        return ExitCodes.OK;
    }

    private static String summary(ProfileSettings p) {
        StringBuilder s = new StringBuilder();
        for (String key : ProfileSettings.KEYS) {
            String value = p.get(key);
            if (value != null) {
                s.append(s.length() == 0 ? "" : ", ").append(key).append(' ')
                        .append(ProfileSettings.isSecret(key) ? "***" : value);
            }
        }
        return s.toString();
    }
}
