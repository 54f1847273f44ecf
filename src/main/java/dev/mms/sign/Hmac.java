package dev.mms.sign;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * HMAC (RFC 2104) over a SHA digest of 64-byte blocks (SHA-1, SHA-256): the same bytes as {@code javax.crypto.Mac}
 * ({@code HmacSHA1}, {@code HmacSHA256}), without the JCE. Looking up a Mac makes the JVM load and search its security
 * providers, about 20 ms of every signed command's start (bench/README.md, "Issue 13, third round"); a digest comes
 * from the first provider.
 */
final class Hmac {

    private static final int BLOCK = 64;

    private Hmac() {
    }

    /** HMAC-{@code digest} of {@code message} under {@code key}; {@code digest} is "SHA-1" or "SHA-256". */
    static byte[] of(String digest, byte[] key, byte[] message) {
        MessageDigest hash = digest(digest);
        byte[] block = Arrays.copyOf(key.length > BLOCK ? hash.digest(key) : key, BLOCK);
        byte[] pad = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            pad[i] = (byte) (block[i] ^ 0x36);
        }
        hash.update(pad);
        byte[] inner = hash.digest(message);
        for (int i = 0; i < BLOCK; i++) {
            pad[i] = (byte) (block[i] ^ 0x5c);
        }
        Arrays.fill(block, (byte) 0); // the key stays in no more copies than it must
        hash.update(pad);
        Arrays.fill(pad, (byte) 0);
        return hash.digest(inner);
    }

    /** A fresh {@code MessageDigest} of an algorithm every JDK has ("SHA-1", "SHA-256"). */
    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no " + algorithm, e);
        }
    }
}
