package dev.mms.render;

/** The few ANSI SGR colours the tables use; callers only apply them when {@link RenderOptions#color()} is on. */
enum Ansi {
    GREEN("32"), RED("31"), YELLOW("33"), DIM("2");

    private static final String ESC = "\u001B[";
    private static final String RESET = ESC + "0m";

    private final String code;

    Ansi(String code) {
        this.code = code;
    }

    String paint(String text) {
        return text.isEmpty() ? text : ESC + code + "m" + text + RESET;
    }
}
