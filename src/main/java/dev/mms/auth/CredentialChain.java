package dev.mms.auth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tries each source in order and keeps the first key found. A source that has no key is skipped; a source that has
 * a broken one (half-set variables, an unsupported CLI mode) stops the chain, because silently using another key
 * than the one the user configured would be worse.
 */
public final class CredentialChain implements CredentialsProvider {

    private final List<CredentialsProvider> sources;
    private CredentialsProvider used;
    private Credentials found;

    public CredentialChain(List<CredentialsProvider> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Environment variables, then the aliyun CLI profile ({@code profileFlag} may be null). */
    public static CredentialChain standard(Map<String, String> env, Path home, String profileFlag) {
        return new CredentialChain(List.of(new EnvironmentCredentialsProvider(env),
                new AliyunCliProfileProvider(home, env, profileFlag)));
    }

    @Override
    public synchronized Credentials get() {
        if (found != null) {
            return found;
        }
        List<String> tried = new ArrayList<>();
        for (CredentialsProvider source : sources) {
            try {
                found = source.get();
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
