package dev.mms.config;

import dev.mms.auth.AliyunCliProfileProvider;
import dev.mms.auth.CredentialChain;
import dev.mms.auth.Credentials;
import dev.mms.auth.CredentialsProvider;
import dev.mms.auth.EnvironmentCredentialsProvider;
import dev.mms.auth.StaticCredentialsProvider;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies the precedence flags > environment > config.yaml profile > defaults (DESIGN.md §2). Reads only the files
 * and the environment map it is given, and never prints.
 */
public final class ContextResolver {

    public static final String LOCAL = "local";
    public static final String DEFAULT_REGION = "cn-hangzhou";
    /** The emulator's well-known key: it protects nothing, it only lets requests be signed as against the cloud. */
    static final ProfileSettings BUILT_IN_LOCAL =
            new ProfileSettings("http://127.0.0.1:18086", null, 2000015L, "mms-local", "mms-local-secret");

    private final Path home;

    /** {@code home} is the user's home directory (the aliyun CLI file and the default config location live there). */
    public ContextResolver(Path home) {
        this.home = home;
    }

    /** {@code $XDG_CONFIG_HOME/mms/config.yaml}, by default {@code ~/.config/mms/config.yaml}. */
    public Path configPath(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg);
        return base.resolve("mms").resolve("config.yaml");
    }

    public ResolvedContext resolve(Overrides flags, Map<String, String> env) {
        Path path = configPath(env);
        ConfigFile file = ConfigFile.load(path);
        String profileName = first(flags.profile(), env.get("MMS_PROFILE"), file.current());
        ProfileSettings profile = file.profile(profileName);
        if (LOCAL.equals(profileName)) {
            profile = (profile == null ? ProfileSettings.EMPTY : profile).over(BUILT_IN_LOCAL);
        }
        ProfileSettings settings = profile == null ? ProfileSettings.EMPTY : profile;

        String flagOrEnvRegion = first(flags.region(), env.get("ALIBABA_CLOUD_REGION_ID"));
        String region = first(flagOrEnvRegion, settings.region(), DEFAULT_REGION);
        URI endpoint;
        if (flags.endpoint() != null) {
            endpoint = endpoint(flags.endpoint(), "--endpoint");
        } else if (blankToNull(env.get("MMS_ENDPOINT")) != null) {
            endpoint = endpoint(env.get("MMS_ENDPOINT"), "MMS_ENDPOINT");
        } else if (flagOrEnvRegion == null && settings.endpoint() != null) {
            endpoint = endpoint(settings.endpoint(), "profile '" + profileName + "' in " + path);
        } else {
            endpoint = endpoint("https://maxcompute." + region + ".aliyuncs.com", "the region");
        }
        Long sourceId = flags.sourceId() != null ? flags.sourceId() : envSourceId(env);
        if (sourceId == null) {
            sourceId = settings.sourceId();
        }
        boolean local = LOCAL.equals(profileName) || isLoopback(endpoint);
        String cliProfile = flags.profile() != null && file.profile(flags.profile()) == null && !LOCAL.equals(flags.profile())
                ? flags.profile() : null; // --profile names an aliyun CLI profile when mms has none of that name
        return new ResolvedContext(profileName, endpoint, region, sourceId,
                credentials(profileName, settings, path, env, cliProfile, local), local);
    }

    private CredentialsProvider credentials(String profileName, ProfileSettings settings, Path path,
                                            Map<String, String> env, String cliProfile, boolean local) {
        CredentialsProvider fromProfile = null;
        if (settings.accessKeyId() != null || settings.accessKeySecret() != null) {
            if (settings.accessKeyId() == null || !settings.hasSecret()) {
                throw new ConfigException("profile '" + profileName + "' in " + path
                        + " must set both accessKeyId and accessKeySecret, or neither");
            }
            fromProfile = new StaticCredentialsProvider(
                    new Credentials(settings.accessKeyId(), settings.accessKeySecret(), null),
                    LOCAL.equals(profileName) && BUILT_IN_LOCAL.accessKeyId().equals(settings.accessKeyId())
                            ? "the local emulator's built-in key" : "mms profile '" + profileName + "' in " + path);
        }
        if (LOCAL.equals(profileName)) {
            return fromProfile; // the emulator knows only its own key: a cloud key from the environment would fail
        }
        List<CredentialsProvider> chain = new ArrayList<>();
        chain.add(new EnvironmentCredentialsProvider(env));
        if (fromProfile != null) {
            chain.add(fromProfile);
        }
        chain.add(new AliyunCliProfileProvider(home, env, cliProfile));
        if (local) {
            chain.add(new StaticCredentialsProvider(new Credentials(BUILT_IN_LOCAL.accessKeyId(),
                    BUILT_IN_LOCAL.accessKeySecret(), null), "the local emulator's built-in key"));
        }
        return new CredentialChain(chain);
    }

    private static Long envSourceId(Map<String, String> env) {
        String value = blankToNull(env.get("MMS_SOURCE_ID"));
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException("MMS_SOURCE_ID must be a data source id (a number), not '" + value + "'");
        }
    }

    /** An endpoint URL; a bare host name means https, as every MMS endpoint is. */
    static URI endpoint(String value, String origin) {
        String text = value.trim();
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new URISyntaxException(text, "expected http(s)://host[:port]");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException("invalid endpoint '" + value + "' from " + origin
                    + ": expected http(s)://host[:port], e.g. https://maxcompute.cn-hangzhou.aliyuncs.com", e);
        }
    }

    private static boolean isLoopback(URI endpoint) {
        String host = endpoint.getHost();
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    private static String first(String... values) {
        for (String v : values) {
            if (blankToNull(v) != null) {
                return v.trim();
            }
        }
        return null;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }
}
