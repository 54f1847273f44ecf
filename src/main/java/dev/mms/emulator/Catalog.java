package dev.mms.emulator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The emulator's world: data sources, their databases, tables and partitions, read from YAML (the built-in
 * {@code catalog.yaml} resource or a user's file in the same format). Unknown YAML keys are an error, so a typo in a
 * hand-written catalog is reported instead of silently ignored.
 */
public record Catalog(List<Source> dataSources) {

    /** A data source (HIVE, BIGQUERY, MAXCOMPUTE) and where its data goes. */
    public record Source(long id, String name, String type, String region, String dstProject, String createTime,
                         List<Database> databases) {
        public Optional<Database> database(String dbName) {
            return databases == null ? Optional.empty()
                    : databases.stream().filter(d -> d.name().equals(dbName)).findFirst();
        }

        public int tableCount() {
            return databases == null ? 0 : databases.stream().mapToInt(d -> d.tablesOrEmpty().size()).sum();
        }

        public int partitionCount() {
            return databases == null ? 0 : databases.stream().flatMap(d -> d.tablesOrEmpty().stream())
                    .mapToInt(t -> t.partitionsOrEmpty().size()).sum();
        }
    }

    public record Database(long id, String name, List<Table> tables) {
        public List<Table> tablesOrEmpty() {
            return tables == null ? List.of() : tables;
        }

        public Optional<Table> table(String tableName) {
            return tablesOrEmpty().stream().filter(t -> t.name().equals(tableName)).findFirst();
        }
    }

    /**
     * A table; {@code fails} makes every migration task of it fail with {@code error}. {@code columns} are its other
     * columns; {@code numRows} and {@code size} (bytes) are given for a table without partitions, and are the sums of
     * its partitions' otherwise.
     */
    public record Table(long id, String name, List<Column> partitionColumns, List<Partition> partitions,
                        boolean fails, String error, List<Column> columns, Long numRows, Long size,
                        String lastDdlTime) {
        public List<Partition> partitionsOrEmpty() {
            return partitions == null ? List.of() : partitions;
        }

        public List<Column> columnsOrEmpty() {
            return columns == null ? List.of() : columns;
        }

        /** The table's rows: its own figure, or the sum over its partitions when every one gives it. */
        public Long rows() {
            return isPartitioned() ? sum(partitionsOrEmpty().stream().map(Partition::numRows).toList()) : numRows;
        }

        /** The table's size in bytes, like {@link #rows()}. */
        public Long bytes() {
            return isPartitioned() ? sum(partitionsOrEmpty().stream().map(Partition::size).toList()) : size;
        }

        private static Long sum(List<Long> values) {
            return values.isEmpty() || values.contains(null) ? null
                    : values.stream().mapToLong(Long::longValue).sum();
        }

        public boolean isPartitioned() {
            return partitionColumns != null && !partitionColumns.isEmpty();
        }

        public String errorOrDefault() {
            return error == null || error.isBlank()
                    ? "ODPS-0130071: Semantic analysis exception - migration of table " + name + " failed" : error;
        }
    }

    /** A partition column: {@code type} is a Hive/MaxCompute type name such as string or bigint. */
    public record Column(String name, String type) {
        public boolean isNumeric() {
            String t = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
            return t.equals("int") || t.equals("bigint") || t.equals("smallint") || t.equals("tinyint");
        }
    }

    /**
     * A partition: {@code value} is in the API's form {@code ds=2024-06-01/hh=00}; {@code numRows} and {@code size}
     * (bytes) are what ListMmsPartitions reports, null when the catalog leaves them out.
     */
    public record Partition(long id, String value, Long numRows, Long size, String lastDdlTime) {
        /** The column values of this partition, in column order. */
        public Map<String, String> values() {
            Map<String, String> out = new LinkedHashMap<>();
            for (String part : value.split("/")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    out.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
            return out;
        }
    }

    private static final String BUILT_IN = "catalog.yaml";

    public static Catalog builtIn() {
        try (InputStream in = Catalog.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in catalog resource is missing from the jar");
            }
            return mapper().readValue(in, Catalog.class);
        } catch (IOException e) {
            throw new IllegalStateException("the built-in catalog cannot be read: " + e.getMessage(), e);
        }
    }

    public static Catalog read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return mapper().readValue(in, Catalog.class);
        }
    }

    public List<Source> sourcesOrEmpty() {
        return dataSources == null ? List.of() : dataSources;
    }

    public Optional<Source> source(long id) {
        return sourcesOrEmpty().stream().filter(s -> s.id() == id).findFirst();
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }
}
