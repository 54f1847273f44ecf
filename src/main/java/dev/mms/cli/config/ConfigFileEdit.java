package dev.mms.cli.config;

import dev.mms.cli.CliEnvironment;
import dev.mms.cli.MmsCommand;
import dev.mms.config.ConfigFile;
import dev.mms.config.ContextResolver;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The mms config file a set/unset/use changes, and the profile it changes: --profile, else MMS_PROFILE, else the
 * file's current profile, else "default" (which then becomes current).
 */
record ConfigFileEdit(Path path, ConfigFile file, String profile) {

    static ConfigFileEdit of(CommandSpec spec) {
        MmsCommand root = MmsCommand.of(spec);
        CliEnvironment environment = root.environment();
        Path path = new ContextResolver(environment.home()).configPath(environment.env());
        ConfigFile file = ConfigFile.load(path);
        String profile = first(root.profile(), environment.env().get("MMS_PROFILE"), file.current(), "default");
        return new ConfigFileEdit(path, file, profile);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
