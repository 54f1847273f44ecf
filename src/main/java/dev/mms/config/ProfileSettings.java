package dev.mms.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One profile of {@code config.yaml}; every field may be absent. A secret here makes the file's permissions matter.
 * {@code vpc} picks the {@code maxcompute-vpc} host of the region; {@code allowHttp} lets a plain-http endpoint
 * that is not loopback be used.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProfileSettings(String endpoint, String region, Long sourceId, String accessKeyId,
                              String accessKeySecret, Boolean vpc, Boolean allowHttp) {

    /** The keys a profile may hold, in the order {@code mms config view} shows them. */
    public static final List<String> KEYS =
            List.of("endpoint", "region", "vpc", "allowHttp", "sourceId", "accessKeyId", "accessKeySecret");

    static final ProfileSettings EMPTY = new ProfileSettings(null, null, null, null, null, null, null);

    public ProfileSettings(String endpoint, String region, Long sourceId, String accessKeyId, String accessKeySecret) {
        this(endpoint, region, sourceId, accessKeyId, accessKeySecret, null, null);
    }

    /** This profile with its unset fields taken from {@code defaults}. */
    ProfileSettings over(ProfileSettings defaults) {
        return new ProfileSettings(endpoint != null ? endpoint : defaults.endpoint,
                region != null ? region : defaults.region,
                sourceId != null ? sourceId : defaults.sourceId,
                accessKeyId != null ? accessKeyId : defaults.accessKeyId,
                accessKeySecret != null ? accessKeySecret : defaults.accessKeySecret,
                vpc != null ? vpc : defaults.vpc,
                allowHttp != null ? allowHttp : defaults.allowHttp);
    }

    boolean hasSecret() {
        return accessKeySecret != null && !accessKeySecret.isBlank();
    }

    /** The value of a key as text, or null. */
    public String get(String key) {
        Object v = switch (key) {
            case "endpoint" -> endpoint;
            case "region" -> region;
            case "vpc" -> vpc;
            case "allowHttp" -> allowHttp;
            case "sourceId" -> sourceId;
            case "accessKeyId" -> accessKeyId;
            case "accessKeySecret" -> accessKeySecret;
            default -> null;
        };
        return v == null ? null : String.valueOf(v);
    }

    public static boolean isSecret(String key) {
        return key.equals("accessKeySecret");
    }

    @Override
    public String toString() {
        return "ProfileSettings[endpoint=" + endpoint + ", region=" + region + ", sourceId=" + sourceId
                + ", accessKeyId=" + accessKeyId + ", accessKeySecret=" + (accessKeySecret == null ? null : "***")
                + ", vpc=" + vpc + ", allowHttp=" + allowHttp + "]";
    }
}
