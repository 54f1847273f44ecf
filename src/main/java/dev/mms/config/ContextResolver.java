package dev.mms.config;

import dev.mms.api.Deadline;
import dev.mms.auth.AliyunConfigFile;
import dev.mms.auth.AliyunProfile;
import dev.mms.auth.AuthContext;
import dev.mms.auth.CredentialChain;
import dev.mms.auth.Credentials;
import dev.mms.auth.CredentialsIniProvider;
import dev.mms.auth.CredentialsProvider;
import dev.mms.auth.StaticCredentialsProvider;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Applies the precedence flags > environment > mms profile > aliyun CLI profile > defaults (docs/configuration.md),
 * and records where each setting came from. Reads only the files and the environment map it is given, and never
 * prints.
 */
public final class ContextResolver {

    public static final String LOCAL = "local";
    public static final String DEFAULT_REGION = "cn-hangzhou";
    /** The emulator's well-known key: it protects nothing, it only lets requests be signed as against the cloud. */
    static final ProfileSettings BUILT_IN_LOCAL =
            new ProfileSettings("http://127.0.0.1:18086", null, 2000015L, "mms-local", "mms-local-secret");
    static final List<String> REGION_VARIABLES =
            List.of("ALIBABA_CLOUD_REGION_ID", "ALIBABACLOUD_REGION_ID", "ALICLOUD_REGION_ID");

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

    public Path aliyunConfigPath() {
        return AliyunConfigFile.defaultPath(home);
    }

    public ResolvedContext resolve(Overrides flags, Map<String, String> env) {
        Clock clock = Clock.systemUTC();
        return resolve(flags, env, clock, () -> Deadline.none(clock));
    }

    /** {@code clock} judges the expiry of temporary keys; {@code deadline} bounds every call that fetches one. */
    public ResolvedContext resolve(Overrides flags, Map<String, String> env, Clock clock, Supplier<Deadline> deadline) {
        Path path = configPath(env);
        ConfigFile file = ConfigFile.load(path);
        AliyunConfigFile aliyun = AliyunConfigFile.ignoredBy(env) ? null : readableAliyunFile();
        List<Setting> settings = new ArrayList<>();

        String profileName = first(flags.profile(), env.get("MMS_PROFILE"), file.current());
        Origin profileOrigin = flags.profile() != null ? Origin.of("flag --profile")
                : blankToNull(env.get("MMS_PROFILE")) != null ? Origin.of("environment MMS_PROFILE")
                : file.current() != null ? Origin.of("current in " + path) : null;
        checkProfileExists(flags.profile() != null ? flags.profile() : blankToNull(env.get("MMS_PROFILE")),
                file, path, aliyun);
        ProfileSettings profile = file.profile(profileName);
        if (LOCAL.equals(profileName)) {
            profile = (profile == null ? ProfileSettings.EMPTY : profile).over(BUILT_IN_LOCAL);
        }
        ProfileSettings mms = profile == null ? ProfileSettings.EMPTY : profile;
        String mmsOrigin = LOCAL.equals(profileName) && file.profile(LOCAL) == null
                ? "built-in profile 'local'" : "mms profile '" + profileName + "'";
        // The aliyun CLI profile: the one of the chosen name when the mms file has none of that name (from --profile,
        // MMS_PROFILE or `mms config use`), else the CLI's own choice (ALIBABA_CLOUD_PROFILE, its current).
        String cliProfileFlag = profileName != null && file.profile(profileName) == null && !LOCAL.equals(profileName)
                && (flags.profile() != null || (aliyun != null && aliyun.profile(profileName) != null))
                ? profileName : null;
        AliyunProfile cli = aliyun == null || LOCAL.equals(profileName) ? null
                : aliyun.profile(aliyun.selectedName(cliProfileFlag, env));
        String cliOrigin = cli == null ? null : "aliyun profile '" + cli.name() + "'";
        if (profileName != null) {
            settings.add(new Setting("profile", profileName, profileOrigin == null ? "default" : profileOrigin.text));
        }
        if (cli != null) {
            settings.add(new Setting("aliyunProfile", cli.name() + " (mode " + cli.mode() + ")",
                    aliyun.path().toString()));
        }

        Origin flagOrEnvRegion = flags.region() != null ? Origin.of(flags.region(), "flag --region")
                : fromEnv(env, REGION_VARIABLES);
        Origin region = flagOrEnvRegion != null ? flagOrEnvRegion
                : mms.region() != null ? Origin.of(mms.region(), mmsOrigin)
                : cli != null && cli.regionId() != null ? Origin.of(cli.regionId(), cliOrigin)
                : Origin.of(DEFAULT_REGION, "default");
        Origin vpc = flags.vpc() != null ? Origin.of(String.valueOf(flags.vpc()), "flag --vpc")
                : "vpc".equalsIgnoreCase(blankToNull(env.get("ALIBABA_CLOUD_ENDPOINT_TYPE")))
                ? Origin.of("true", "environment ALIBABA_CLOUD_ENDPOINT_TYPE")
                : mms.vpc() != null ? Origin.of(String.valueOf(mms.vpc()), mmsOrigin)
                : cli != null && "vpc".equalsIgnoreCase(cli.text("endpoint_type"))
                ? Origin.of("true", cliOrigin + " endpoint_type") : Origin.of("false", "default");
        Origin allowHttp = flags.allowHttp() != null && flags.allowHttp() ? Origin.of("true", "flag --allow-http")
                : "true".equalsIgnoreCase(blankToNull(env.get("MMS_ALLOW_HTTP")))
                ? Origin.of("true", "environment MMS_ALLOW_HTTP")
                : mms.allowHttp() != null ? Origin.of(String.valueOf(mms.allowHttp()), mmsOrigin)
                : Origin.of("false", "default");

        Origin endpointText;
        if (flags.endpoint() != null) {
            endpointText = Origin.of(flags.endpoint(), "flag --endpoint");
        } else if (blankToNull(env.get("MMS_ENDPOINT")) != null) {
            endpointText = Origin.of(env.get("MMS_ENDPOINT"), "environment MMS_ENDPOINT");
        } else if (flagOrEnvRegion == null && flags.vpc() == null && mms.endpoint() != null) {
            endpointText = Origin.of(mms.endpoint(), mmsOrigin + " in " + path);
        } else {
            endpointText = Origin.of("https://" + (Boolean.parseBoolean(vpc.value) ? "maxcompute-vpc." : "maxcompute.")
                    + region.value + ".aliyuncs.com", "region " + region.value
                    + (Boolean.parseBoolean(vpc.value) ? " (vpc)" : ""));
        }
        URI endpoint = endpoint(endpointText.value, endpointText.text, Boolean.parseBoolean(allowHttp.value));
        settings.add(new Setting("endpoint", endpoint.toString(), endpointText.text));
        settings.add(new Setting("region", region.value, region.text));
        settings.add(new Setting("vpc", vpc.value, vpc.text));
        settings.add(new Setting("allowHttp", allowHttp.value, allowHttp.text));

        Long sourceId = flags.sourceId() != null ? flags.sourceId() : envSourceId(env);
        String sourceOrigin = flags.sourceId() != null ? "flag --source-id" : "environment MMS_SOURCE_ID";
        if (sourceId == null && mms.sourceId() != null) {
            sourceId = mms.sourceId();
            sourceOrigin = mmsOrigin;
        }
        settings.add(new Setting("sourceId", sourceId == null ? "(none)" : String.valueOf(sourceId),
                sourceId == null ? "not set" : sourceOrigin));
        RequestSettings requests = RequestSettings.resolve(flags, env, mms, mmsOrigin, settings);

        boolean local = LOCAL.equals(profileName) || isLoopback(endpoint);
        AuthContext auth = new AuthContext(env, home, clock, deadline);
        CredentialsProvider credentials = credentials(profileName, mms, mmsOrigin, path, auth, cliProfileFlag, local);
        settings.addAll(credentialSettings(env, mms, mmsOrigin, cli, cliOrigin, profileName,
                LOCAL.equals(profileName) ? null : CredentialsIniProvider.preview(auth)));
        return new ResolvedContext(profileName, endpoint, region.value, sourceId, requests, credentials, local,
                settings);
    }

    /**
     * The aliyun CLI file for regions and profile names; an unreadable one counts as absent here, and the credential
     * chain reports it when (and only when) a key is needed from it.
     */
    private AliyunConfigFile readableAliyunFile() {
        try {
            return AliyunConfigFile.load(home);
        } catch (dev.mms.auth.CredentialsException unreadable) {
            return null;
        }
    }

    /** A --profile (or MMS_PROFILE) that names neither an mms nor an aliyun CLI profile is an error listing both. */
    private void checkProfileExists(String requested, ConfigFile file, Path path, AliyunConfigFile aliyun) {
        if (requested == null || LOCAL.equals(requested) || file.profile(requested) != null
                || (aliyun != null && aliyun.profile(requested) != null)) {
            return;
        }
        List<String> mmsNames = new ArrayList<>(file.profiles().keySet());
        if (!mmsNames.contains(LOCAL)) {
            mmsNames.add(LOCAL + " (built in)");
        }
        throw new ConfigException("profile '" + requested + "' not found; mms profiles (" + path + "): "
                + String.join(", ", mmsNames) + "; aliyun CLI profiles (" + aliyunConfigPath() + "): "
                + (aliyun == null ? "ignored (ALIBABA_CLOUD_IGNORE_PROFILE)" : aliyun.names().isEmpty() ? "none"
                : String.join(", ", aliyun.names())));
    }

    private CredentialsProvider credentials(String profileName, ProfileSettings settings, String mmsOrigin, Path path,
                                            AuthContext auth, String cliProfile, boolean local) {
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
        List<CredentialsProvider> chain = new ArrayList<>(CredentialChain.standardSources(auth, cliProfile, fromProfile));
        if (local) {
            chain.add(new StaticCredentialsProvider(new Credentials(BUILT_IN_LOCAL.accessKeyId(),
                    BUILT_IN_LOCAL.accessKeySecret(), null), "the local emulator's built-in key"));
        }
        return new CredentialChain(chain);
    }

    /** Which source the chain will take the key from, judged from variables and files alone (nothing is fetched). */
    private static List<Setting> credentialSettings(Map<String, String> env, ProfileSettings mms, String mmsOrigin,
                                                    AliyunProfile cli, String cliOrigin, String profileName,
                                                    CredentialsIniProvider.Preview ini) {
        List<Setting> out = new ArrayList<>();
        if (blankToNull(env.get("ALIBABA_CLOUD_ACCESS_KEY_ID")) != null) {
            out.add(new Setting("accessKeyId", env.get("ALIBABA_CLOUD_ACCESS_KEY_ID").trim(),
                    "environment ALIBABA_CLOUD_ACCESS_KEY_ID"));
            out.add(new Setting("accessKeySecret", "***", "environment ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
            if (blankToNull(env.get("ALIBABA_CLOUD_SECURITY_TOKEN")) != null) {
                out.add(new Setting("securityToken", "***", "environment ALIBABA_CLOUD_SECURITY_TOKEN"));
            }
        } else if (mms.accessKeyId() != null) {
            out.add(new Setting("accessKeyId", mms.accessKeyId(), mmsOrigin));
            out.add(new Setting("accessKeySecret", "***", mmsOrigin));
        } else if (LOCAL.equals(profileName)) {
            out.add(new Setting("credentials", "none", "built-in profile 'local'"));
        } else if (blankToNull(env.get("ALIBABA_CLOUD_ROLE_ARN")) != null
                && blankToNull(env.get("ALIBABA_CLOUD_OIDC_TOKEN_FILE")) != null) {
            out.add(new Setting("credentials", "RRSA/OIDC role " + env.get("ALIBABA_CLOUD_ROLE_ARN").trim(),
                    "environment ALIBABA_CLOUD_ROLE_ARN"));
        } else if (cli != null) {
            out.add(new Setting("credentials", "mode " + cli.mode()
                    + (cli.text("access_key_id") != null ? ", accessKeyId " + cli.text("access_key_id") : "")
                    + (cli.text("ram_role_arn") != null ? ", role " + cli.text("ram_role_arn") : ""), cliOrigin));
        } else if (ini != null) {
            out.add(new Setting("credentials", ini.credentials(), ini.origin()));
        } else if (blankToNull(env.get("ALIBABA_CLOUD_ECS_METADATA")) != null) {
            out.add(new Setting("credentials", "ECS RAM role " + env.get("ALIBABA_CLOUD_ECS_METADATA").trim(),
                    "environment ALIBABA_CLOUD_ECS_METADATA"));
        } else if (blankToNull(env.get("ALIBABA_CLOUD_CREDENTIALS_URI")) != null) {
            out.add(new Setting("credentials", "credentials URI", "environment ALIBABA_CLOUD_CREDENTIALS_URI"));
        } else {
            out.add(new Setting("credentials", "(none found)", "not set"));
        }
        return out;
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

    /**
     * An endpoint URL with its scheme: https to any host; plain http only to a loopback address (the emulator)
     * unless {@code allowHttp}. TLS is always verified by the JDK; nothing here turns that off.
     */
    static URI endpoint(String value, String origin, boolean allowHttp) {
        String text = value.trim();
        String forms = "give https://maxcompute.<region>.aliyuncs.com (e.g. https://maxcompute.cn-hangzhou.aliyuncs.com)"
                + " or, for the local emulator, http://127.0.0.1:18086";
        if (!text.contains("://")) {
            throw new ConfigException("endpoint '" + value + "' from " + origin + " has no scheme; " + forms);
        }
        URI uri;
        try {
            uri = new URI(text);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new URISyntaxException(text, "expected http(s)://host[:port]");
            }
        } catch (URISyntaxException e) {
            throw new ConfigException("invalid endpoint '" + value + "' from " + origin + "; " + forms, e);
        }
        if ("http".equals(uri.getScheme()) && !isLoopback(uri) && !allowHttp) {
            throw new ConfigException("endpoint " + value + " from " + origin + " is plain http to " + uri.getHost()
                    + ", which would send requests and their signatures unencrypted; use https, or say so explicitly"
                    + " with --allow-http (or allowHttp: true in the profile, or MMS_ALLOW_HTTP=true)");
        }
        return uri;
    }

    static URI endpoint(String value, String origin) {
        return endpoint(value, origin, false);
    }

    private static boolean isLoopback(URI endpoint) {
        String host = endpoint.getHost();
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    private static Origin fromEnv(Map<String, String> env, List<String> names) {
        for (String name : names) {
            String v = blankToNull(env.get(name));
            if (v != null) {
                return Origin.of(v.trim(), "environment " + name);
            }
        }
        return null;
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

    /** A value and where it came from. */
    private record Origin(String value, String text) {
        static Origin of(String value, String text) {
            return new Origin(value, text);
        }

        static Origin of(String text) {
            return new Origin(null, text);
        }
    }
}
