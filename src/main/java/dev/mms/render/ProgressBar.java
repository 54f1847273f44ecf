package dev.mms.render;

/** The ten-cell text bar drawn after {@code done/total} on a terminal, e.g. {@code ███████░░░} for 7/10. */
final class ProgressBar {

    static final int CELLS = 10;

    private ProgressBar() {
    }

    static String of(int done, int total) {
        int filled = total <= 0 ? 0 : (int) Math.min(CELLS, Math.max(0, (long) done * CELLS / total));
        return "█".repeat(filled) + "░".repeat(CELLS - filled);
    }
}
