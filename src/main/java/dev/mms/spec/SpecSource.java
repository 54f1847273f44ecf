package dev.mms.spec;

/** The text of one spec file, named as the user gave it ({@code "<stdin>"} for standard input). */
public record SpecSource(String name, String text) {

    public static final String STDIN = "<stdin>";
}
