package dev.mms.spec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a spec file's bytes into text, or into one diagnostic that points at the first byte that is not spec text:
 * strict UTF-8, because a Latin-1 file silently turned into U+FFFD would change table names without a word.
 */
final class SpecTextDecoder {

    private SpecTextDecoder() {
    }

    static SpecSource decode(String name, byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return SpecSource.unreadable(name, Diagnostic.error(new Location(name, 1, 1),
                    "the file is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8"));
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            String before = out.flip().toString();
            return SpecSource.unreadable(name, Diagnostic.error(locate(name, before, before.length()),
                    String.format("not UTF-8 text: byte 0x%02X cannot be read as UTF-8; save the file as UTF-8 "
                            + "(is it a binary file, or Latin-1/Windows-1252 text?)", bytes[bad] & 0xFF)));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return SpecSource.unreadable(name, Diagnostic.error(locate(name, text, i), controlMessage(c)));
            }
        }
        return new SpecSource(name, text);
    }

    private static String controlMessage(char c) {
        if (c == 0) {
            return "the file contains NUL bytes: it is a binary file or UTF-16 text, not a YAML or JSON spec; "
                    + "save it as UTF-8 text";
        }
        return String.format("control character U+%04X is not allowed in a spec; remove it", (int) c);
    }

    /** Line and column, in characters, of {@code text.charAt(index)}. */
    private static Location locate(String name, String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(name, line, index - lineStart + 1);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
