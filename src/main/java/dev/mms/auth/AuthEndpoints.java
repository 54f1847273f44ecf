package dev.mms.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * Where STS and the ECS metadata service are (docs/credentials.md, "Endpoints"). STS: {@code MMS_STS_ENDPOINT}, else
 * the profile's {@code sts_endpoint}, else {@code sts.<sts_region>.aliyuncs.com} (the profile's {@code sts_region} or
 * {@code ALIBABA_CLOUD_STS_REGION}; {@code sts-vpc.} with {@code ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED=true}), else
 * {@code sts.aliyuncs.com}; always https unless the override is plain http to a loopback address. Metadata:
 * {@code MMS_ECS_METADATA_ENDPOINT}, else {@code http://100.100.100.200}.
 */
public final class AuthEndpoints {

    public static final String STS_OVERRIDE = "MMS_STS_ENDPOINT";
    public static final String METADATA_OVERRIDE = "MMS_ECS_METADATA_ENDPOINT";
    static final URI METADATA_DEFAULT = URI.create("http://100.100.100.200");

    private final Map<String, String> env;

    AuthEndpoints(Map<String, String> env) {
        this.env = env;
    }

    /** The STS endpoint for a profile with these (possibly null) settings. */
    public URI sts(String profileStsEndpoint, String profileStsRegion) {
        String override = value(STS_OVERRIDE);
        if (override != null) {
            return parse(override, STS_OVERRIDE);
        }
        if (profileStsEndpoint != null && !profileStsEndpoint.isBlank()) {
            return parse(profileStsEndpoint.trim(), "the profile's sts_endpoint");
        }
        String region = profileStsRegion != null && !profileStsRegion.isBlank() ? profileStsRegion.trim()
                : value("ALIBABA_CLOUD_STS_REGION");
        if (region == null) {
            return URI.create("https://sts.aliyuncs.com");
        }
        String prefix = "true".equalsIgnoreCase(value("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED")) ? "sts-vpc" : "sts";
        return parse("https://" + prefix + "." + region + ".aliyuncs.com", "the STS region " + region);
    }

    public URI metadata() {
        String override = value(METADATA_OVERRIDE);
        return override == null ? METADATA_DEFAULT : parse(override, METADATA_OVERRIDE);
    }

    /** A host alone means https; http only to loopback (a stand-in) or the link-local metadata address. */
    static URI parse(String value, String origin) {
        String text = value.contains("://") ? value : "https://" + value;
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new CredentialsException("invalid endpoint '" + value + "' from " + origin
                    + ": expected host, https://host[:port] or, for a local stand-in, http://127.0.0.1:PORT");
        }
        if ("http".equals(uri.getScheme()) && !isLoopback(uri.getHost()) && !uri.equals(METADATA_DEFAULT)) {
            throw new CredentialsException("endpoint " + value + " from " + origin + " is plain http to "
                    + uri.getHost() + "; keys are fetched over https only (http only to 127.0.0.1 or localhost)");
        }
        return uri;
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    private String value(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
