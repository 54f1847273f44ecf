package dev.mms.cli.config;

import dev.mms.cli.Subcommands;
import dev.mms.cli.help.Example;
import picocli.CommandLine.Command;

/** {@code mms config}: the group of configuration commands; holds no logic. */
@Subcommands({ConfigViewCommand.class, ConfigListCommand.class, ConfigGetCommand.class, ConfigSetCommand.class,
        ConfigUnsetCommand.class, ConfigUseCommand.class})
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Show and change the configuration: the effective settings and where each comes from,",
                "the profiles of the mms config file and of the aliyun CLI's ~/.aliyun/config.json."})
@Example(does = "The effective settings and where each came from",
        run = "mms config view")
@Example(does = "Every profile of both config files",
        run = "mms config list")
@Example(does = "Give the current profile a region",
        run = "mms config set region cn-shanghai")
public final class ConfigCommand {
}
