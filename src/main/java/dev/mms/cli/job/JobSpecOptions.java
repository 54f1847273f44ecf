package dev.mms.cli.job;

import dev.mms.cli.completion.Candidates;
import dev.mms.api.JobSpec;
import dev.mms.cli.UsageException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * One flag for every body field of CreateMmsJob. Flags left out stay null, so that {@link #toOverrides()} can be laid
 * over the values of a spec file: flags win.
 */
public final class JobSpecOptions {

    @Option(names = "--name", paramLabel = "NAME", description = "Job name (name).")
    String name;

    @Option(names = "--source-name", paramLabel = "NAME", description = "Data source name (sourceName).")
    String sourceName;

    @Option(names = "--src-db", paramLabel = "DB", description = "Source database (srcDbName).")
    String srcDbName;

    @Option(names = "--src-schema", paramLabel = "SCHEMA", description = "Source schema (srcSchemaName).")
    String srcSchemaName;

    @Option(names = "--dst-db", paramLabel = "PROJECT", description = "Destination MaxCompute project (dstDbName).")
    String dstDbName;

    @Option(names = "--dst-schema", paramLabel = "SCHEMA", description = "Destination MaxCompute schema (dstSchemaName).")
    String dstSchemaName;

    @Option(names = "--task-type", paramLabel = "TYPE", completionCandidates = Candidates.TaskTypes.class, description = "Migration task type (taskType): HIVE or BIGQUERY.")
    String taskType;

    @Option(names = "--tables", split = ",", paramLabel = "TABLE", description = "Tables to migrate (tables); comma-separated or repeated.")
    List<String> tables;

    @Option(names = "--partitions", split = ",", paramLabel = "ID", description = "Partition ids to migrate (partitions).")
    List<Long> partitions;

    @Option(names = "--table-whitelist", split = ",", paramLabel = "TABLE", description = "Database-wide: only these tables (tableWhiteList).")
    List<String> tableWhiteList;

    @Option(names = "--table-blacklist", split = ",", paramLabel = "TABLE", description = "Database-wide: all but these tables (tableBlackList).")
    List<String> tableBlackList;

    @Option(names = "--partition-filter", paramLabel = "TABLE=EXPR",
            description = "Partition filter of a table (partitionFilters), split at the first '=': "
                    + "\"sales=ds >= '2024-01-01'\"; repeatable, one per table.")
    List<String> partitionFilters;

    @Option(names = "--table-mapping", paramLabel = "SRC=DST", description = "Destination name of a table (tableMapping).")
    Map<String, String> tableMapping;

    @Option(names = "--column-mapping", paramLabel = "SRC=DST", description = "Destination name of a column (columnMapping).")
    Map<String, String> columnMapping;

    @Option(names = "--others", paramLabel = "KEY=VALUE", description = "Other settings (others); true/false and integers are sent as such.")
    Map<String, String> others;

    @Option(names = "--eta", paramLabel = "DATE", description = "Expected completion date yyyy-MM-dd (eta); earlier means higher priority.")
    String eta;

    @Option(names = "--schema-only", negatable = true, description = "Migrate only table schemas (schemaOnly, deprecated).")
    Boolean schemaOnly;

    @Option(names = "--increment", negatable = true, description = "Migrate only new or changed partitions (increment).")
    Boolean increment;

    @Option(names = "--schema-migration", negatable = true, description = "Migrate schemas (enableSchemaMigration).")
    Boolean enableSchemaMigration;

    @Option(names = "--data-migration", negatable = true, description = "Migrate data (enableDataMigration).")
    Boolean enableDataMigration;

    @Option(names = "--verify", negatable = true, description = "Compare row counts after migrating (enableVerification).")
    Boolean enableVerification;

    /** The fields given as flags, everything else null; {@code sourceId} is the global --source-id. */
    public JobSpec toOverrides(Long sourceId) {
        return new JobSpec(sourceId, sourceName, name, srcDbName, srcSchemaName, dstDbName, dstSchemaName, taskType,
                tables, partitions, tableWhiteList, tableBlackList, partitionFilters(), tableMapping, columnMapping,
                schemaOnly, increment, enableSchemaMigration, enableDataMigration, enableVerification,
                typedOthers(), eta);
    }

    /** Whether any spec flag was given, so that a job can be created from flags alone. */
    public boolean anyGiven() {
        return !toOverrides(null).equals(JobSpecOptions.EMPTY);
    }

    private static final JobSpec EMPTY = new JobSpec(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null);

    /**
     * {@code TABLE=EXPR} split at the first '=' (picocli's map split would cut {@code ds >= '…'} at the '=' of
     * {@code >=} and report a table named {@code ds >}): the part before it must be a table name, so a filter given
     * without its table is a usage error that shows the form.
     */
    private Map<String, String> partitionFilters() {
        if (partitionFilters == null) {
            return null;
        }
        Map<String, String> filters = new LinkedHashMap<>();
        for (String given : partitionFilters) {
            int eq = given.indexOf('=');
            String table = eq < 0 ? "" : given.substring(0, eq).trim();
            if (table.isEmpty() || !TABLE_NAME.matcher(table).matches()) {
                throw new UsageException("--partition-filter takes TABLE=EXPR, e.g. --partition-filter \"sales=ds >= "
                        + "'2024-06-01'\"; \"" + given + "\" has no TABLE= before the filter");
            }
            String expression = given.substring(eq + 1).trim();
            if (expression.isEmpty()) {
                throw new UsageException("--partition-filter " + given + ": no filter after '" + table + "='");
            }
            if (filters.put(table, expression) != null) {
                throw new UsageException("--partition-filter given twice for table '" + table
                        + "'; combine the conditions with AND or OR in one filter");
            }
        }
        return filters;
    }

    /** A table name as it stands before '=': no spaces, quotes, parentheses or comparison signs. */
    private static final java.util.regex.Pattern TABLE_NAME = java.util.regex.Pattern.compile("[^\\s<>=!()'\"]+");

    private Map<String, Object> typedOthers() {
        if (others == null) {
            return null;
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        others.forEach((key, value) -> typed.put(key, scalar(value)));
        return typed;
    }

    private static Object scalar(String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        if (value.matches("-?[0-9]{1,18}")) {
            return Long.valueOf(value);
        }
        return value;
    }
}
