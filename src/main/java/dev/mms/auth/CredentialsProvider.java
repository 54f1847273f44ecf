package dev.mms.auth;

/** Where an access key comes from; {@link #describe()} names the source for messages, never the secret. */
public interface CredentialsProvider {

    /** The key to sign with; throws {@link CredentialsException} when this source has none or cannot be read. */
    Credentials get();

    /** The source, e.g. "environment variables ALIBABA_CLOUD_ACCESS_KEY_ID/…" or "aliyun CLI profile 'default'". */
    String describe();
}
