package dev.mms.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mms.api.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The aliyun CLI's {@code ~/.aliyun/config.json} (docs/credentials.md, "The aliyun CLI's config.json"): its
 * {@code current} profile and its profiles by name. Read as the CLI writes it; a missing file has no profiles.
 */
public final class AliyunConfigFile {

    private static final List<String> PROFILE_VARIABLES =
            List.of("ALIBABA_CLOUD_PROFILE", "ALIBABACLOUD_PROFILE", "ALICLOUD_PROFILE");

    private final Path path;
    private final String current;
    private final List<AliyunProfile> profiles;

    private AliyunConfigFile(Path path, String current, List<AliyunProfile> profiles) {
        this.path = path;
        this.current = current;
        this.profiles = List.copyOf(profiles);
    }

    public static Path defaultPath(Path home) {
        return home.resolve(".aliyun").resolve("config.json");
    }

    /** The file under {@code home}, empty when absent; unreadable or malformed JSON is a credentials error. */
    public static AliyunConfigFile load(Path home) {
        Path path = defaultPath(home);
        if (!Files.isRegularFile(path)) {
            return new AliyunConfigFile(path, null, List.of());
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(path.toFile());
        } catch (IOException e) {
            throw new CredentialsException("cannot read " + path + ": it is not valid JSON (run `aliyun configure`"
                    + " to rewrite it)");
        }
        List<AliyunProfile> profiles = new ArrayList<>();
        if (root != null) {
            for (JsonNode p : root.path("profiles")) {
                String name = TemporaryKeyAnswer.text(p, "name");
                if (name != null) {
                    profiles.add(new AliyunProfile(name, p));
                }
            }
        }
        return new AliyunConfigFile(path, root == null ? null : TemporaryKeyAnswer.text(root, "current"), profiles);
    }

    public Path path() {
        return path;
    }

    public boolean exists() {
        return Files.isRegularFile(path);
    }

    public String current() {
        return current;
    }

    public List<AliyunProfile> profiles() {
        return profiles;
    }

    public List<String> names() {
        return profiles.stream().map(AliyunProfile::name).toList();
    }

    /** The named profile, or null. */
    public AliyunProfile profile(String name) {
        return name == null ? null : profiles.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * The profile the aliyun CLI would use: {@code requested} (--profile) when given, else
     * {@code ALIBABA_CLOUD_PROFILE} (or its aliases), else the file's {@code current}, else {@code default}.
     */
    public String selectedName(String requested, Map<String, String> env) {
        if (requested != null && !requested.isBlank()) {
            return requested.trim();
        }
        for (String variable : PROFILE_VARIABLES) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return current == null ? "default" : current;
    }

    /** True when, without --profile, the profile's name comes from ALIBABA_CLOUD_PROFILE or its aliases. */
    public boolean namedByEnvironment(Map<String, String> env) {
        return PROFILE_VARIABLES.stream().map(env::get).anyMatch(v -> v != null && !v.isBlank());
    }

    /** True when the environment tells mms (as the official tools) to ignore this file. */
    public static boolean ignoredBy(Map<String, String> env) {
        return "true".equalsIgnoreCase(env.get("ALIBABA_CLOUD_IGNORE_PROFILE"))
                || "true".equalsIgnoreCase(env.get("ALIBABA_CLOUD_CLI_PROFILE_DISABLED"));
    }
}
