package dev.mms.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;

/**
 * Something a user must see before the job is created and costs money. Errors make the plan fail (exit 2); warnings
 * do not. {@code key} is the spec key it is about ({@link dev.mms.spec.FieldPaths} form), so that it can be put on
 * the spec's line; {@code table} the source table, when it concerns one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"severity", "kind", "table", "key", "message"})
public record PlanIssue(Severity severity, Kind kind, String table, String key, String message) {

    public enum Severity {
        ERROR, WARNING;

        @com.fasterxml.jackson.annotation.JsonValue
        public String lowerCase() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What kind of finding; the JSON names are the lower-case, dash-separated form. */
    public enum Kind {
        /** The source database is not in the catalog (error). */
        DATABASE_NOT_FOUND,
        /** A table named by tables, tableWhiteList or tableBlackList is not in the database. */
        TABLE_NOT_FOUND,
        /** A partition id of partitions is not in the database. */
        PARTITION_NOT_FOUND,
        /** A partition filter selects no partition of its table, or names a table outside the job's scope. */
        FILTER_SELECTS_NOTHING,
        /** A partition filter names a column the table is not partitioned by (or the table has no partitions). */
        FILTER_ON_UNPARTITIONED_COLUMN,
        /** A partition filter compares a non-integer column with a number (error). */
        FILTER_TYPE_MISMATCH,
        /** Both lists are given: the black list wins and the white list is ignored. */
        WHITE_LIST_IGNORED,
        /** Two tables (or two columns of a table) are mapped to the same destination name. */
        DUPLICATE_DESTINATION,
        /** A tableMapping or columnMapping entry names no table or column in the job's scope. */
        MAPPING_UNUSED,
        /** Partitions (or tables) the spec selects were already migrated by a DONE job of the same name. */
        ALREADY_MIGRATED,
        /** The spec's scope selects no table and no partition at all (error). */
        NOTHING_SELECTED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public static PlanIssue error(Kind kind, String table, String key, String message) {
        return new PlanIssue(Severity.ERROR, kind, table, key, message);
    }

    public static PlanIssue warning(Kind kind, String table, String key, String message) {
        return new PlanIssue(Severity.WARNING, kind, table, key, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
