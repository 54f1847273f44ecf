package dev.mms.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The whole result first, then the output: for {@code --sort-by} (the order depends on every item) and for
 * {@code --query} (applied to one document over all pages). Like the table, it writes nothing before close, so a
 * page that fails leaves stdout empty.
 */
final class BufferedWriter<T> implements ItemWriter<T> {

    private final List<T> items = new ArrayList<>();
    private final SortKey sortBy;
    private final Consumer<List<T>> finish;

    private BufferedWriter(SortKey sortBy, Consumer<List<T>> finish) {
        this.sortBy = sortBy;
        this.finish = finish;
    }

    /** Sorts, then hands every item in order to {@code target}. */
    static <T> ItemWriter<T> sorted(SortKey sortBy, ItemWriter<T> target) {
        return new BufferedWriter<>(sortBy, items -> {
            try (target) {
                target.writeAll(items);
            }
        });
    }

    /** Sorts (when asked), applies the query to the array of documents and writes its result in {@code format}. */
    static <T> ItemWriter<T> queried(SortKey sortBy, Query query, OutputFormat format, PrintWriter out) {
        return new BufferedWriter<>(sortBy, items -> {
            write(query.apply(Documents.array(items)), format, out);
        });
    }

    @Override
    public void write(T item) {
        items.add(item);
    }

    @Override
    public void close() {
        List<T> ordered = items;
        if (sortBy != null) {
            Comparator<JsonNode> byField = sortBy.comparator();
            List<JsonNode> documents = new ArrayList<>();
            items.forEach(item -> documents.add(Documents.tree(item)));
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> byField.compare(documents.get(a), documents.get(b))); // stable: ties keep server order
            ordered = order.stream().map(items::get).toList();
        }
        finish.accept(ordered);
    }

    /** A query result as pretty JSON, YAML, or for the table format as text (docs/output.md, "--query"). */
    static void write(JsonNode result, OutputFormat format, PrintWriter out) {
        try {
            switch (format) {
                case JSON -> out.print(JsonArrayWriter.toJson(result) + "\n");
                case YAML -> out.print(YamlSequenceWriter.YAML.writeValueAsString(result));
                default -> QueryText.write(result, out);
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the --query result", e);
        }
        out.flush();
    }
}
