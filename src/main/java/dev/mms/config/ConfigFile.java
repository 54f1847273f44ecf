package dev.mms.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;

/**
 * {@code mms/config.yaml}: {@code {current: dev, profiles: {dev: {endpoint, region, sourceId, accessKeyId,
 * accessKeySecret}}}}. A file that holds a secret must not be readable by group or others.
 */
public record ConfigFile(String current, Map<String, ProfileSettings> profiles) {

    public ConfigFile {
        profiles = profiles == null ? Map.of() : Map.copyOf(profiles);
    }

    /** The file at {@code path}, or an empty configuration when there is none. */
    public static ConfigFile load(Path path) {
        if (!Files.exists(path)) {
            return new ConfigFile(null, Map.of());
        }
        ConfigFile file;
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            file = yaml.readValue(path.toFile(), ConfigFile.class);
        } catch (UnrecognizedPropertyException e) {
            // named by its place in the tree: the YAML parser's line number points past the offending key
            StringBuilder where = new StringBuilder();
            e.getPath().forEach(ref -> where.append(where.length() == 0 ? "" : ".")
                    .append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex())));
            throw new ConfigException(path + ": unknown key '" + e.getPropertyName() + "' at " + where
                    + " (known keys: " + knownKeys(e) + ")", e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConfigException(path + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()), e);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + path + ": " + e.getMessage(), e);
        }
        if (file == null) {
            return new ConfigFile(null, Map.of());
        }
        if (file.profiles().values().stream().anyMatch(p -> p != null && p.hasSecret())) {
            refuseIfOthersCanRead(path);
        }
        return file;
    }

    private static void refuseIfOthersCanRead(Path path) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(path);
        } catch (UnsupportedOperationException notPosix) {
            return; // no POSIX permissions to check (Windows): the user's profile directory ACLs apply
        } catch (IOException e) {
            throw new ConfigException("cannot read the permissions of " + path + ": " + e.getMessage(), e);
        }
        if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
            throw new ConfigException(path + " holds an access key secret but other users can read it; "
                    + "run: chmod 600 " + path);
        }
    }

    /** The named profile, or null. */
    public ProfileSettings profile(String name) {
        return name == null ? null : profiles.get(name);
    }

    /** Jackson's known keys come from a hash set: sorted, so that the message reads the same on every run. */
    private static String knownKeys(UnrecognizedPropertyException e) {
        return e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
