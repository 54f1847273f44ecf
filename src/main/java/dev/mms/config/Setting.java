package dev.mms.config;

/**
 * One effective setting and where it came from, for {@code mms config view}: {@code origin} is "flag --region",
 * "environment ALIBABA_CLOUD_REGION_ID", "mms profile 'dev'", "aliyun profile 'default'" or "default". The value of a
 * secret is already {@code ***}.
 */
public record Setting(String key, String value, String origin) {
}
