package dev.mms.config;

import java.util.regex.Pattern;

/** Changes one key of a profile, checking the value as the config file reader would (bad values are usage errors). */
public final class ProfileEditor {

    private static final Pattern REGION = Pattern.compile("[a-z0-9-]+");

    private ProfileEditor() {
    }

    /** {@code profile} with {@code key} set to {@code value} (null removes it); {@code profile} may be null. */
    public static ProfileSettings set(ProfileSettings profile, String key, String value) {
        ProfileSettings p = profile == null ? ProfileSettings.EMPTY : profile;
        String v = value == null || value.isBlank() ? null : value.trim();
        return switch (key) {
            case "endpoint" -> {
                if (v != null) {
                    ContextResolver.endpoint(v, "the value", true);
                }
                yield new ProfileSettings(v, p.region(), p.sourceId(), p.accessKeyId(), p.accessKeySecret(), p.vpc(),
                        p.allowHttp());
            }
            case "region" -> {
                if (v != null && !REGION.matcher(v).matches()) {
                    throw new ConfigException("region must be a region id such as cn-shanghai, not '" + v + "'");
                }
                yield new ProfileSettings(p.endpoint(), v, p.sourceId(), p.accessKeyId(), p.accessKeySecret(),
                        p.vpc(), p.allowHttp());
            }
            case "sourceId" -> new ProfileSettings(p.endpoint(), p.region(), v == null ? null : number(v),
                    p.accessKeyId(), p.accessKeySecret(), p.vpc(), p.allowHttp());
            case "accessKeyId" -> new ProfileSettings(p.endpoint(), p.region(), p.sourceId(), v, p.accessKeySecret(),
                    p.vpc(), p.allowHttp());
            case "accessKeySecret" -> new ProfileSettings(p.endpoint(), p.region(), p.sourceId(), p.accessKeyId(), v,
                    p.vpc(), p.allowHttp());
            case "vpc" -> new ProfileSettings(p.endpoint(), p.region(), p.sourceId(), p.accessKeyId(),
                    p.accessKeySecret(), v == null ? null : bool(key, v), p.allowHttp());
            case "allowHttp" -> new ProfileSettings(p.endpoint(), p.region(), p.sourceId(), p.accessKeyId(),
                    p.accessKeySecret(), p.vpc(), v == null ? null : bool(key, v));
            default -> throw new ConfigException("unknown config key '" + key + "'");
        };
    }

    private static Long number(String v) {
        if (!v.matches("[0-9]{1,18}")) {
            throw new ConfigException("sourceId must be a data source id (a whole number), not '" + v + "'");
        }
        return Long.parseLong(v);
    }

    private static Boolean bool(String key, String v) {
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw new ConfigException(key + " must be true or false, not '" + v + "'");
        }
        return Boolean.parseBoolean(v);
    }
}
