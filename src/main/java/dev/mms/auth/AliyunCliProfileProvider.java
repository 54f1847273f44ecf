package dev.mms.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A profile of the aliyun CLI's {@code ~/.aliyun/config.json} (mms-api.md §6.5), so that users of {@code aliyun
 * configure} need nothing new. Modes AK and StsToken are read; the others need a token service mms does not call yet.
 */
public final class AliyunCliProfileProvider implements CredentialsProvider {

    private static final List<String> PROFILE_VARIABLES =
            List.of("ALIBABA_CLOUD_PROFILE", "ALIBABACLOUD_PROFILE", "ALICLOUD_PROFILE");

    private final Path file;
    private final Map<String, String> env;
    private final String profileFlag;
    private String chosen;

    /** {@code profileFlag} is the {@code --profile} value, or null. */
    public AliyunCliProfileProvider(Path home, Map<String, String> env, String profileFlag) {
        this.file = home.resolve(".aliyun").resolve("config.json");
        this.env = Map.copyOf(env);
        this.profileFlag = profileFlag;
    }

    @Override
    public Credentials get() {
        if ("true".equalsIgnoreCase(env.get("ALIBABA_CLOUD_IGNORE_PROFILE"))
                || "true".equalsIgnoreCase(env.get("ALIBABA_CLOUD_CLI_PROFILE_DISABLED"))) {
            throw new CredentialsNotFoundException("skipped because ALIBABA_CLOUD_IGNORE_PROFILE=TRUE");
        }
        if (!Files.isRegularFile(file)) {
            throw new CredentialsNotFoundException("file not found");
        }
        JsonNode root = read();
        String name = profileName(root);
        chosen = name;
        JsonNode profile = find(root, name);
        String mode = text(profile, "mode");
        if (mode == null || mode.equals("AK")) {
            return new Credentials(required(profile, name, "access_key_id"), required(profile, name, "access_key_secret"),
                    null);
        }
        if (mode.equals("StsToken")) {
            return new Credentials(required(profile, name, "access_key_id"), required(profile, name, "access_key_secret"),
                    required(profile, name, "sts_token"));
        }
        throw new CredentialsException("aliyun CLI profile '" + name + "' in " + file + " uses mode " + mode
                + ", which mms does not support yet (only AK and StsToken); set ALIBABA_CLOUD_ACCESS_KEY_ID, "
                + "ALIBABA_CLOUD_ACCESS_KEY_SECRET and, for a temporary key, ALIBABA_CLOUD_SECURITY_TOKEN instead");
    }

    @Override
    public String describe() {
        return chosen == null ? "aliyun CLI config " + file : "aliyun CLI profile '" + chosen + "' in " + file;
    }

    private JsonNode read() {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new CredentialsException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private String profileName(JsonNode root) {
        if (profileFlag != null && !profileFlag.isBlank()) {
            return profileFlag;
        }
        for (String variable : PROFILE_VARIABLES) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        String current = text(root, "current");
        return current == null ? "default" : current;
    }

    private JsonNode find(JsonNode root, String name) {
        List<String> names = new ArrayList<>();
        for (JsonNode profile : root.path("profiles")) {
            if (name.equals(text(profile, "name"))) {
                return profile;
            }
            names.add(text(profile, "name"));
        }
        throw new CredentialsException("profile '" + name + "' not found in " + file
                + (names.isEmpty() ? " (it has no profiles)" : " (profiles there: " + String.join(", ", names) + ")"));
    }

    private String required(JsonNode profile, String name, String field) {
        String value = text(profile, field);
        if (value == null) {
            throw new CredentialsException("aliyun CLI profile '" + name + "' in " + file + " has no " + field
                    + "; run `aliyun configure --profile " + name + "`");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
    }
}
