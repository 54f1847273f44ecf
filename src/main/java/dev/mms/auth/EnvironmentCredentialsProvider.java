package dev.mms.auth;

import java.util.Map;

/** The key in ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET, temporary when ALIBABA_CLOUD_SECURITY_TOKEN is set too. */
public final class EnvironmentCredentialsProvider implements CredentialsProvider {

    static final String ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    static final String SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    static final String TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";

    private final Map<String, String> env;

    public EnvironmentCredentialsProvider(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    @Override
    public Credentials get() {
        String id = value(ID);
        String secret = value(SECRET);
        if (id == null && secret == null) {
            throw new CredentialsNotFoundException("not set");
        }
        if (id == null || secret == null) {
            throw new CredentialsException((id == null ? SECRET : ID) + " is set but " + (id == null ? ID : SECRET)
                    + " is not; set both, or neither to use the aliyun CLI configuration");
        }
        return new Credentials(id, secret, value(TOKEN));
    }

    @Override
    public String describe() {
        return "environment variables " + ID + "/" + SECRET;
    }

    private String value(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
