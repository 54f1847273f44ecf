package dev.mms.auth;

import java.util.ArrayList;
import java.util.List;

/**
 * Tries each source in order and keeps to the first that has a key: later calls ask that source again, so a
 * temporary key it refreshes is picked up (docs/credentials.md, "Order"). A source that has no key is skipped; a
 * source that has a broken one (half-set variables, a refused STS call) stops the chain, because silently using
 * another key than the one the user configured would be worse.
 */
public final class CredentialChain implements CredentialsProvider {

    private final List<CredentialsProvider> sources;
    private CredentialsProvider used;

    public CredentialChain(List<CredentialsProvider> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The chain of {@link #standardSources} without an mms profile's key. */
    public static CredentialChain standard(AuthContext context, String profileFlag) {
        return new CredentialChain(standardSources(context, profileFlag, null));
    }

    /**
     * The official order (docs/credentials.md, "Order"): the environment's key, then {@code profileKey} (the mms
     * profile's key; may be null), RRSA/OIDC from the environment, the aliyun CLI profile ({@code profileFlag} may
     * be null), the section of credentials-java's INI file, the ECS RAM role of {@code ALIBABA_CLOUD_ECS_METADATA},
     * then {@code ALIBABA_CLOUD_CREDENTIALS_URI}.
     */
    public static List<CredentialsProvider> standardSources(AuthContext context, String profileFlag,
                                                            CredentialsProvider profileKey) {
        List<CredentialsProvider> sources = new ArrayList<>();
        sources.add(new EnvironmentCredentialsProvider(context.env()));
        if (profileKey != null) {
            sources.add(profileKey);
        }
        sources.add(EnvironmentSources.oidc(context));
        sources.add(new AliyunCliProfileProvider(context, profileFlag));
        sources.add(new CredentialsIniProvider(context));
        sources.add(EnvironmentSources.ecsMetadata(context));
        sources.add(EnvironmentSources.credentialsUri(context));
        return sources;
    }

    @Override
    public synchronized Credentials get() {
        if (used != null) {
            return used.get();
        }
        List<String> tried = new ArrayList<>();
        for (CredentialsProvider source : sources) {
            try {
                Credentials found = source.get();
                used = source;
                return found;
            } catch (CredentialsNotFoundException absent) {
                tried.add(source.describe() + " (" + absent.getMessage() + ")");
            }
        }
        throw new CredentialsException("no Alibaba Cloud credentials found; tried " + String.join(", ", tried)
                + ". Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, run `aliyun configure`, "
                + "or use --profile local to talk to the local emulator");
    }

    @Override
    public synchronized String describe() {
        if (used != null) {
            return used.describe();
        }
        List<String> names = new ArrayList<>();
        sources.forEach(s -> names.add(s.describe()));
        return "the first of: " + String.join(", ", names);
    }
}
