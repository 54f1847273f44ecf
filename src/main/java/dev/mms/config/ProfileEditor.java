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
        return p.with(key, v == null ? null : typed(key, v));
    }

    /** The value of {@code key} as the profile holds it, checked. */
    private static Object typed(String key, String v) {
        return switch (key) {
            case "endpoint" -> {
                ContextResolver.endpoint(v, "the value", true);
                yield v;
            }
            case "region" -> {
                if (!REGION.matcher(v).matches()) {
                    throw new ConfigException("region must be a region id such as cn-shanghai, not '" + v + "'");
                }
                yield v;
            }
            case "sourceId" -> number(v);
            case "accessKeyId", "accessKeySecret" -> v;
            case "vpc", "allowHttp" -> bool(key, v);
            case "requestTimeout" -> {
                RequestSettings.timeout(v, key);
                yield v;
            }
            case "attempts" -> RequestSettings.attempts(v, key);
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
