package dev.mms.render;

import java.util.List;

/** How one kind of API object (job, data source) appears in the row-based formats and in {@code -o name}. */
public interface View<T> {

    /** The default columns, or with {@code wide} the default columns followed by the extra ones. */
    List<Column<T>> columns(boolean wide);

    /** The {@code kind/id} reference printed by {@code -o name}, e.g. {@code job/88}. */
    String name(T item);
}
