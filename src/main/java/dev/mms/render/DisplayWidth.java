package dev.mms.render;

/**
 * Terminal column arithmetic: East Asian wide characters take two columns, combining marks none, and ANSI colour
 * sequences none, so tables with Chinese names and colours stay aligned.
 */
public final class DisplayWidth {

    static final String ELLIPSIS = "…";

    private DisplayWidth() {
    }

    /** The number of terminal columns {@code text} occupies. */
    public static int of(String text) {
        int width = 0;
        int i = 0;
        while (i < text.length()) {
            int skip = ansiSequenceLength(text, i);
            if (skip > 0) {
                i += skip;
                continue;
            }
            int cp = text.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** Columns of one code point: 0 for combining/format characters, 2 for East Asian Wide and Fullwidth. */
    static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    /**
     * The Wide and Fullwidth blocks of Unicode's EastAsianWidth.txt, simplified to whole blocks: enough for CJK
     * ideographs, kana, Hangul, fullwidth forms and the common emoji, which is what shows up in names.
     */
    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)        // Hangul Jamo initials
                || (cp >= 0x2E80 && cp <= 0x303E)    // CJK radicals, Kangxi, CJK symbols and punctuation
                || (cp >= 0x3041 && cp <= 0x33FF)    // kana, Bopomofo, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)    // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)    // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)    // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)    // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)    // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)    // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)    // fullwidth forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)    // fullwidth signs
                || (cp >= 0x1F300 && cp <= 0x1F64F)  // pictographs, emoticons
                || (cp >= 0x1F900 && cp <= 0x1F9FF)  // supplemental pictographs
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
    }

    /**
     * Cuts {@code text} (plain, without ANSI) to at most {@code max} columns, ending in {@code …} when anything was
     * removed. A wide character that would straddle the limit is dropped whole.
     */
    public static String cut(String text, int max) {
        if (of(text) <= max) {
            return text;
        }
        if (max <= 0) {
            return "";
        }
        int budget = max - 1; // room for the ellipsis
        StringBuilder kept = new StringBuilder();
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int w = of(cp);
            if (used + w > budget) {
                break;
            }
            kept.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return kept + ELLIPSIS;
    }

    /** Pads with spaces on the right to {@code width} columns. */
    public static String padRight(String text, int width) {
        int missing = width - of(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    /**
     * Makes a value safe to draw in one table cell: line breaks and tabs become visible {@code \n}, {@code \t}, and
     * any other control character (ESC above all, so that a job name cannot drive the terminal) becomes {@code ?}.
     */
    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) ? "?" : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    /** Length of an ANSI CSI sequence ({@code ESC [ ... final-byte}) starting at {@code i}, or 0. */
    private static int ansiSequenceLength(String text, int i) {
        if (text.charAt(i) != '\u001B' || i + 1 >= text.length() || text.charAt(i + 1) != '[') {
            return 0;
        }
        int j = i + 2;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (c >= 0x40 && c <= 0x7E) {
                return j - i + 1;
            }
            j++;
        }
        return text.length() - i;
    }
}
