package dev.mms.render;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a table or csv/tsv row.
 *
 * @param header   upper-case header, also the name users select it by
 * @param value    the raw value (null when the API left the field out); what csv and tsv print
 * @param flexible whether a table may cut it with {@code …} to fit the terminal width
 * @param terminal how the value looks when colour is on (status colour, progress bar); never used in a pipe
 */
public record Column<T>(String header, Function<T, String> value, boolean flexible, Decoration<T> terminal) {

    /** Adds colour or a bar to an already computed (and possibly cut) cell text, for terminals only. */
    @FunctionalInterface
    public interface Decoration<T> {
        String apply(T item, String text);

        static <T> Decoration<T> none() {
            return (item, text) -> text;
        }
    }

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(value, "value");
        terminal = terminal == null ? Decoration.none() : terminal;
    }

    public Column(String header, Function<T, String> value, boolean flexible) {
        this(header, value, flexible, Decoration.none());
    }

    public String rawValue(T item) {
        return value.apply(item);
    }
}
