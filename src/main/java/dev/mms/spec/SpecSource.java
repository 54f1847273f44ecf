package dev.mms.spec;

/**
 * The text of one spec file, named as the user gave it ({@code "<stdin>"} for standard input).
 *
 * @param unreadable why the file's bytes are not spec text (not UTF-8, binary); then {@code text} is empty and the
 *                   file yields only this diagnostic, so the other files of a directory are still checked
 */
public record SpecSource(String name, String text, Diagnostic unreadable) {

    public static final String STDIN = "<stdin>";

    public SpecSource(String name, String text) {
        this(name, text, null);
    }

    static SpecSource unreadable(String name, Diagnostic problem) {
        return new SpecSource(name, "", problem);
    }
}
