package dev.mms.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One profile of {@code config.yaml}; every field may be absent. A secret here makes the file's permissions matter.
 * {@code vpc} picks the {@code maxcompute-vpc} host of the region; {@code allowHttp} lets a plain-http endpoint
 * that is not loopback be used; {@code requestTimeout} (a duration as written, e.g. {@code 10s}) and
 * {@code attempts} are what {@code --request-timeout} and {@code --attempts} set for one command.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"endpoint", "region", "vpc", "allowHttp", "sourceId", "requestTimeout", "attempts",
        "accessKeyId", "accessKeySecret"})
public record ProfileSettings(String endpoint, String region, Long sourceId, String accessKeyId,
                              String accessKeySecret, Boolean vpc, Boolean allowHttp, String requestTimeout,
                              Integer attempts) {

    /** The keys a profile may hold, in the order {@code mms config view} shows them. */
    public static final List<String> KEYS = List.of("endpoint", "region", "vpc", "allowHttp", "sourceId",
            "requestTimeout", "attempts", "accessKeyId", "accessKeySecret");

    static final ProfileSettings EMPTY = of(Map.of());

    public ProfileSettings(String endpoint, String region, Long sourceId, String accessKeyId, String accessKeySecret) {
        this(endpoint, region, sourceId, accessKeyId, accessKeySecret, null, null, null, null);
    }

    /** A profile of the values by key (absent keys unset); each value of the key's type. */
    static ProfileSettings of(Map<String, ?> values) {
        return new ProfileSettings((String) values.get("endpoint"), (String) values.get("region"),
                (Long) values.get("sourceId"), (String) values.get("accessKeyId"),
                (String) values.get("accessKeySecret"), (Boolean) values.get("vpc"), (Boolean) values.get("allowHttp"),
                (String) values.get("requestTimeout"), (Integer) values.get("attempts"));
    }

    /** The values that are set, by key, in the order of {@link #KEYS}. */
    Map<String, Object> values() {
        Object[] fields = {endpoint, region, vpc, allowHttp, sourceId, requestTimeout, attempts, accessKeyId,
                accessKeySecret};
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < KEYS.size(); i++) {
            if (fields[i] != null) {
                values.put(KEYS.get(i), fields[i]);
            }
        }
        return values;
    }

    /** This profile with {@code key} set to {@code value} (already of its type), or unset when it is null. */
    ProfileSettings with(String key, Object value) {
        Map<String, Object> values = values();
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
        return of(values);
    }

    /** This profile with its unset fields taken from {@code defaults}. */
    ProfileSettings over(ProfileSettings defaults) {
        Map<String, Object> values = defaults.values();
        values.putAll(values());
        return of(values);
    }

    boolean hasSecret() {
        return accessKeySecret != null && !accessKeySecret.isBlank();
    }

    /** The value of a key as text, or null. */
    public String get(String key) {
        Object v = values().get(key);
        return v == null ? null : String.valueOf(v);
    }

    public static boolean isSecret(String key) {
        return key.equals("accessKeySecret");
    }

    @Override
    public String toString() {
        Map<String, Object> shown = values();
        shown.computeIfPresent("accessKeySecret", (k, v) -> "***");
        return "ProfileSettings" + shown;
    }
}
