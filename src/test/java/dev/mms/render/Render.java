package dev.mms.render;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Test shortcut: renders a list into a string. */
final class Render {

    static final RenderOptions TERMINAL = new RenderOptions(OutputFormat.TABLE, true, true, 100, false, null);
    static final RenderOptions PIPE = new RenderOptions(OutputFormat.TABLE, false, false, 0, false, null);

    private Render() {
    }

    static <T> String toString(View<T> view, RenderOptions options, List<? extends T> items) {
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        Renderer.render(view, options, items, out);
        return buffer.toString();
    }

    static RenderOptions as(RenderOptions base, OutputFormat format) {
        return new RenderOptions(format, base.terminal(), base.color(), base.width(), base.noHeaders(),
                base.columns());
    }
}
