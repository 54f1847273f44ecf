package dev.mms.render;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a table.
 *
 * @param header   upper-case header, also the name users select it by
 * @param fields   the API fields it shows (PROGRESS shows taskDone and taskNum), so that {@code --columns taskDone}
 *                 finds it and {@code --columns PROGRESS} gives csv both fields; empty when it shows no one field
 * @param value    the text drawn (null when the API left the field out)
 * @param flexible whether a table may cut it with {@code …} to fit the terminal width
 * @param terminal how the value looks when colour is on (status colour, progress bar); never used in a pipe
 */
public record Column<T>(String header, List<String> fields, Function<T, String> value, boolean flexible,
                        Decoration<T> terminal) {

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
        fields = fields == null ? List.of() : List.copyOf(fields);
        terminal = terminal == null ? Decoration.none() : terminal;
    }

    /** A column that shows the API field {@code field}. */
    public Column(String header, String field, Function<T, String> value, boolean flexible) {
        this(header, List.of(field), value, flexible, Decoration.none());
    }

    /** A column that shows several API fields at once, e.g. {@code done/total}. */
    public Column(String header, List<String> fields, Function<T, String> value, boolean flexible) {
        this(header, fields, value, flexible, Decoration.none());
    }

    public Column(String header, String field, Function<T, String> value, boolean flexible, Decoration<T> terminal) {
        this(header, List.of(field), value, flexible, terminal);
    }

    /** A column that is no single API field (csv then heads it with the header in snake case). */
    public Column(String header, Function<T, String> value, boolean flexible) {
        this(header, List.of(), value, flexible, Decoration.none());
    }

    public Column(String header, Function<T, String> value, boolean flexible, Decoration<T> terminal) {
        this(header, List.of(), value, flexible, terminal);
    }

    public String rawValue(T item) {
        return value.apply(item);
    }
}
