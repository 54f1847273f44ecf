package dev.mms.render;

import java.io.PrintWriter;

/** The {@code name} format: one {@code kind/id} per line, for {@code xargs} and loops. */
final class NameWriter<T> implements ItemWriter<T> {

    private final View<T> view;
    private final PrintWriter out;

    NameWriter(View<T> view, PrintWriter out) {
        this.view = view;
        this.out = out;
    }

    @Override
    public void write(T item) {
        String name = view.name(item);
        if (name == null) {
            return; // nothing a command could be given for it
        }
        out.print(name + "\n");
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }
}
