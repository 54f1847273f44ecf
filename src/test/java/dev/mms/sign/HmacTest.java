package dev.mms.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Our HMAC gives the JDK's bytes: every signature mms sends rests on it. */
class HmacTest {

    @Test
    void rfc4231TestCaseOne() {
        byte[] key = new byte[20];
        Arrays.fill(key, (byte) 0x0b);

        byte[] mac = Hmac.of("SHA-256", key, "Hi There".getBytes(StandardCharsets.US_ASCII));

        assertEquals("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", HexFormat.of().formatHex(mac));
    }

    @Test
    void equalsTheJdksMacForKeysShorterThanLongerThanAndExactlyOneBlock() throws Exception {
        Random random = new Random(13);
        for (String[] names : new String[][] {{"SHA-256", "HmacSHA256"}, {"SHA-1", "HmacSHA1"}}) {
            for (int keyLength : new int[] {1, 20, 63, 64, 65, 131}) {
                for (int messageLength : new int[] {0, 1, 64, 1000}) {
                    byte[] key = new byte[keyLength];
                    byte[] message = new byte[messageLength];
                    random.nextBytes(key);
                    random.nextBytes(message);
                    Mac jdk = Mac.getInstance(names[1]);
                    jdk.init(new SecretKeySpec(key, names[1]));
                    assertArrayEquals(jdk.doFinal(message), Hmac.of(names[0], key, message),
                            names[1] + " key " + keyLength + " message " + messageLength);
                }
            }
        }
    }

    @Test
    void anEmptyKeyIsAKeyOfZeros() {
        byte[] message = "m".getBytes(StandardCharsets.US_ASCII);

        assertArrayEquals(Hmac.of("SHA-256", new byte[1], message), Hmac.of("SHA-256", new byte[0], message));
    }
}
