package dev.mms.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** One profile of the aliyun CLI's config.json: its name and its fields, read by their snake_case names. */
public record AliyunProfile(String name, JsonNode fields) {

    /** The field's trimmed text, or null when absent or blank. */
    public String text(String field) {
        return TemporaryKeyAnswer.text(fields, field);
    }

    /** A positive number of the field, or null when absent, zero or not a number. */
    public Integer positive(String field) {
        JsonNode v = fields.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            int n = v.isNumber() ? v.asInt() : Integer.parseInt(v.asText().trim());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String regionId() {
        return text("region_id");
    }

    /**
     * The mode as the CLI normalises it (case-insensitively), or guessed from the fields when none is written, as
     * the CLI's AutoModeRecognition does.
     */
    public String mode() {
        String written = text("mode");
        if (written != null) {
            for (String known : KNOWN_MODES) {
                if (known.equalsIgnoreCase(written)) {
                    return known;
                }
            }
            return written;
        }
        if (text("access_key_id") != null && text("access_key_secret") != null) {
            return text("sts_token") != null ? "StsToken" : text("ram_role_arn") != null ? "RamRoleArn" : "AK";
        }
        if (text("ram_role_name") != null) {
            return "EcsRamRole";
        }
        if (text("process_command") != null) {
            return "External";
        }
        if (text("oidc_provider_arn") != null && text("oidc_token_file") != null && text("ram_role_arn") != null) {
            return "OIDC";
        }
        if (text("credentials_uri") != null) {
            return "CredentialsURI";
        }
        return "AK";
    }

    static final String[] KNOWN_MODES = {"AK", "StsToken", "RamRoleArn", "EcsRamRole", "RsaKeyPair",
        "RamRoleArnWithRoleName", "ChainableRamRoleArn", "External", "CredentialsURI", "OIDC", "CloudSSO", "OAuth",
        "BearerToken", "Anonymous"};

    /** Secrets of a profile, shown as *** by {@code mms config view}. */
    public static boolean isSecretField(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        return f.equals("access_key_secret") || f.equals("sts_token") || f.equals("private_key")
                || f.contains("token") && !f.contains("file") || f.equals("bearer_token");
    }
}
