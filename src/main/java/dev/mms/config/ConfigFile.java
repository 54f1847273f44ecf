package dev.mms.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.mms.spec.KeySuggester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code mms/config.yaml}: {@code {current: dev, profiles: {dev: {endpoint, region, vpc, allowHttp, sourceId,
 * requestTimeout, attempts, accessKeyId, accessKeySecret}}}}. Every bad key or value of the file is reported at once, with the nearest valid key
 * suggested. A file that holds a secret must not be readable by group or others; mms writes the file readable by
 * its owner only from the moment it is created.
 */
public record ConfigFile(String current, Map<String, ProfileSettings> profiles) {

    private static final List<String> TOP_KEYS = List.of("current", "profiles");

    public ConfigFile {
        profiles = profiles == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
    }

    /** The file at {@code path}, or an empty configuration when there is none. */
    public static ConfigFile load(Path path) {
        if (!Files.exists(path)) {
            return new ConfigFile(null, Map.of());
        }
        String text;
        try {
            text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (AccessDeniedException e) {
            throw new ConfigException("cannot read " + path + ": permission denied", e);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + path + ": " + e.getMessage(), e);
        }
        ConfigFile file = parse(text, path.toString());
        if (file.profiles().values().stream().anyMatch(ProfileSettings::hasSecret)) {
            refuseIfOthersCanRead(path);
        }
        return file;
    }

    /** The configuration {@code text} says; every problem at once in the exception, which starts with {@code where}. */
    static ConfigFile parse(String text, String where) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (JsonProcessingException e) {
            throw new ConfigException(where + (e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr())
                    + ": not valid YAML (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")", e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new ConfigFile(null, Map.of());
        }
        List<String> problems = new ArrayList<>();
        ConfigFile file = parse(root, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(where + ": " + (problems.size() == 1 ? problems.get(0)
                    : problems.size() + " problems:\n  " + String.join("\n  ", problems)));
        }
        return file;
    }

    private static ConfigFile parse(JsonNode root, List<String> problems) {
        if (!root.isObject()) {
            problems.add("expected keys current and profiles at the top, not a " + kind(root));
            return new ConfigFile(null, Map.of());
        }
        unknownKeys(root, TOP_KEYS, "", problems);
        String current = text(root.get("current"), "current", problems);
        Map<String, ProfileSettings> profiles = new LinkedHashMap<>();
        JsonNode list = root.get("profiles");
        if (list != null && !list.isNull()) {
            if (!list.isObject()) {
                problems.add("profiles must map profile names to their settings, not be a " + kind(list));
            } else {
                list.fields().forEachRemaining(e -> profiles.put(e.getKey(), profile(e.getKey(), e.getValue(), problems)));
            }
        }
        return new ConfigFile(current, profiles);
    }

    private static ProfileSettings profile(String name, JsonNode node, List<String> problems) {
        String at = "profiles." + name;
        if (node == null || node.isNull()) {
            return ProfileSettings.EMPTY;
        }
        if (!node.isObject()) {
            problems.add(at + " must hold settings (" + String.join(", ", ProfileSettings.KEYS) + "), not a "
                    + kind(node));
            return ProfileSettings.EMPTY;
        }
        unknownKeys(node, ProfileSettings.KEYS, at + ".", problems);
        return new ProfileSettings(text(node.get("endpoint"), at + ".endpoint", problems),
                text(node.get("region"), at + ".region", problems),
                number(node.get("sourceId"), at + ".sourceId", problems),
                text(node.get("accessKeyId"), at + ".accessKeyId", problems),
                text(node.get("accessKeySecret"), at + ".accessKeySecret", problems),
                bool(node.get("vpc"), at + ".vpc", problems),
                bool(node.get("allowHttp"), at + ".allowHttp", problems),
                requestTimeout(node.get("requestTimeout"), at + ".requestTimeout", problems),
                attempts(node.get("attempts"), at + ".attempts", problems));
    }

    /** A duration, kept as written (10s) so that the file says what the user wrote. */
    private static String requestTimeout(JsonNode v, String at, List<String> problems) {
        String text = text(v, at, problems);
        try {
            if (text != null) {
                RequestSettings.timeout(text, at);
            }
            return text;
        } catch (ConfigException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static Integer attempts(JsonNode v, String at, List<String> problems) {
        String text = text(v, at, problems);
        try {
            return text == null ? null : RequestSettings.attempts(text, at);
        } catch (ConfigException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static void unknownKeys(JsonNode node, List<String> known, String at, List<String> problems) {
        KeySuggester suggester = new KeySuggester(known);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                problems.add("unknown key '" + key + "' at " + at + key + suggester.suggest(key)
                        .map(s -> "; did you mean '" + s + "'?").orElse(" (known keys: "
                                + String.join(", ", known.stream().sorted().toList()) + ")"));
            }
        }
    }

    private static String text(JsonNode v, String at, List<String> problems) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            problems.add(at + " must be text, not a " + kind(v));
            return null;
        }
        return v.asText().isBlank() ? null : v.asText().trim();
    }

    private static Long number(JsonNode v, String at, List<String> problems) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.asLong();
        }
        if (v.isTextual() && v.asText().trim().matches("[0-9]{1,18}")) {
            return Long.parseLong(v.asText().trim());
        }
        problems.add(at + " must be a data source id (a whole number), not " + shown(v));
        return null;
    }

    private static Boolean bool(JsonNode v, String at, List<String> problems) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isTextual() && (v.asText().equalsIgnoreCase("true") || v.asText().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(v.asText());
        }
        problems.add(at + " must be true or false, not " + shown(v));
        return null;
    }

    private static String shown(JsonNode v) {
        return v.isValueNode() ? "'" + v.asText() + "'" : "a " + kind(v);
    }

    private static String kind(JsonNode v) {
        return v.isArray() ? "list" : v.isObject() ? "mapping" : v.isNumber() ? "number" : v.isBoolean() ? "true/false"
                : "text";
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

    /** This configuration with {@code current} changed. */
    public ConfigFile withCurrent(String name) {
        return new ConfigFile(name, profiles);
    }

    /** This configuration with one profile replaced (or added). */
    public ConfigFile withProfile(String name, ProfileSettings settings) {
        Map<String, ProfileSettings> changed = new LinkedHashMap<>(profiles);
        changed.put(name, settings);
        return new ConfigFile(current, changed);
    }

    /**
     * Writes the file atomically: a new file created readable and writable by its owner only (0600 from its first
     * byte, so a secret is never readable by others, even for a moment), then moved over the old one. An existing
     * file keeps its comments, blank lines, order and quoting: only the changed values are written into its text
     * ({@link ConfigText}); one whose text cannot be kept so is written anew.
     */
    public void save(Path path) {
        try {
            String original = written(path);
            String text = original == null ? null : ConfigText.rewrite(original, this).orElse(null);
            byte[] bytes = text != null ? text.getBytes(StandardCharsets.UTF_8) : fresh();
            Path dir = path.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = createPrivate(dir.resolve("." + path.getFileName() + ".tmp"));
            try {
                Files.write(temp, bytes);
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ConfigException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** The file's text as it is, or null when there is none or it is not UTF-8 (then it is written anew). */
    private static String written(Path path) throws IOException {
        if (!Files.exists(path)) {
            return null;
        }
        try {
            return Files.readString(path);
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** The file as mms writes it from nothing: current, then each profile's keys in the order of the KEYS. */
    private byte[] fresh() throws JsonProcessingException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        ObjectNode root = yaml.createObjectNode();
        if (current != null) {
            root.put("current", current);
        }
        ObjectNode all = root.putObject("profiles");
        profiles.forEach((name, p) -> all.set(name, yaml.valueToTree(p)));
        return yaml.writeValueAsBytes(root);
    }

    private static Path createPrivate(Path temp) throws IOException {
        Files.deleteIfExists(temp);
        try {
            return Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createFile(temp);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another mms is writing the file (" + temp + " exists)", e);
        }
    }
}
