package dev.mms.config;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One profile of {@code config.yaml}; every field may be absent. A secret here makes the file's permissions matter. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProfileSettings(String endpoint, String region, Long sourceId, String accessKeyId,
                              String accessKeySecret) {

    static final ProfileSettings EMPTY = new ProfileSettings(null, null, null, null, null);

    /** This profile with its unset fields taken from {@code defaults}. */
    ProfileSettings over(ProfileSettings defaults) {
        return new ProfileSettings(endpoint != null ? endpoint : defaults.endpoint,
                region != null ? region : defaults.region,
                sourceId != null ? sourceId : defaults.sourceId,
                accessKeyId != null ? accessKeyId : defaults.accessKeyId,
                accessKeySecret != null ? accessKeySecret : defaults.accessKeySecret);
    }

    boolean hasSecret() {
        return accessKeySecret != null && !accessKeySecret.isBlank();
    }

    @Override
    public String toString() {
        return "ProfileSettings[endpoint=" + endpoint + ", region=" + region + ", sourceId=" + sourceId
                + ", accessKeyId=" + accessKeyId + ", accessKeySecret=" + (accessKeySecret == null ? null : "***") + "]";
    }
}
