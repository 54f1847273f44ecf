package dev.mms.spec;

import dev.mms.api.JobSpec;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of job spec keys: names and types come from JobSpec's record components by reflection, descriptions
 * and examples from {@link #DOCS}. The reader, validator, merger and JSON Schema all work from this table, so a
 * field added to JobSpec without documentation fails loudly here instead of being silently unreadable.
 */
public final class SpecFields {

    /** Fields a job cannot be created without; sourceId may also come from --source-id or the profile. */
    public static final Set<String> REQUIRED = Set.of("name", "sourceId", "srcDbName", "dstDbName");

    private static final Map<String, String[]> DOCS = docs();
    private static final RecordComponent[] COMPONENTS = JobSpec.class.getRecordComponents();
    private static final List<SpecField> FIELDS = build();
    private static final Constructor<JobSpec> CONSTRUCTOR = canonicalConstructor();

    private SpecFields() {
    }

    /** Every key, in JobSpec component order. */
    public static List<SpecField> all() {
        return FIELDS;
    }

    public static Optional<SpecField> named(String name) {
        return FIELDS.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return FIELDS.stream().map(SpecField::name).toList();
    }

    /** The value of one field of a spec, by key name. */
    public static Object get(JobSpec spec, String name) {
        for (RecordComponent component : COMPONENTS) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(spec);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read JobSpec." + name, e);
                }
            }
        }
        throw new IllegalArgumentException("not a JobSpec field: " + name);
    }

    /** A JobSpec from field values by key name; missing keys are null. Values must already have the right types. */
    public static JobSpec create(Map<String, Object> values) {
        Object[] args = new Object[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            args[i] = values.get(COMPONENTS[i].getName());
        }
        try {
            return CONSTRUCTOR.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build JobSpec", e);
        }
    }

    /** All non-null fields of a spec, in component order. */
    public static Map<String, Object> values(JobSpec spec) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (spec != null) {
            for (SpecField field : FIELDS) {
                Object value = get(spec, field.name());
                if (value != null) {
                    values.put(field.name(), value);
                }
            }
        }
        return values;
    }

    private static List<SpecField> build() {
        List<SpecField> fields = new ArrayList<>();
        for (RecordComponent component : COMPONENTS) {
            String name = component.getName();
            String[] doc = DOCS.get(name);
            if (doc == null) {
                throw new IllegalStateException("JobSpec." + name + " has no entry in SpecFields.DOCS");
            }
            fields.add(new SpecField(name, FieldKind.of(component.getGenericType()), REQUIRED.contains(name),
                    doc[0], doc[1]));
        }
        return List.copyOf(fields);
    }

    private static Constructor<JobSpec> canonicalConstructor() {
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            types[i] = COMPONENTS[i].getType();
        }
        try {
            return JobSpec.class.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("JobSpec has no canonical constructor", e);
        }
    }

    // Descriptions follow the CreateMmsJob API reference (mms-api.md §3.1), plus what the validator enforces.
    private static Map<String, String[]> docs() {
        Map<String, String[]> d = new LinkedHashMap<>();
        d.put("sourceId", new String[] {
            "ID of the MMS data source to migrate from. May instead come from --source-id or the profile.",
            "sourceId: 1001"});
        d.put("sourceName", new String[] {"Name of the data source (informational).", "sourceName: hive-prod"});
        d.put("name", new String[] {"Name of the migration job. Required.", "name: sales-2024-backfill"});
        d.put("srcDbName", new String[] {"Source database. Required.", "srcDbName: sales"});
        d.put("srcSchemaName", new String[] {
            "Source schema, for sources with a three-level namespace (database.schema.table).",
            "srcSchemaName: public"});
        d.put("dstDbName", new String[] {"Destination MaxCompute project. Required.", "dstDbName: sales_mc"});
        d.put("dstSchemaName", new String[] {"Destination MaxCompute schema.", "dstSchemaName: default"});
        d.put("taskType", new String[] {
            "How data is moved: HIVE (Hive UDTF) or BIGQUERY (BigQuery read API). Deprecated values are accepted "
                + "with a warning: MOCK, HIVE_DATAX, COPY_TASK, ODPS_INSERT_OVERWRITE, MC2MC_VERIFY, OSS, "
                + "HIVE_OSS, HIVE_SPARK.",
            "taskType: HIVE"});
        d.put("tables", new String[] {
            "Tables to migrate (a Tables job). Not together with partitions or the white/black lists; "
                + "must not be empty.",
            "tables: [orders, customers]"});
        d.put("partitions", new String[] {
            "IDs of the partitions to migrate (a Partitions job), positive integers as listed by MMS. "
                + "Not together with tables or the white/black lists.",
            "partitions: [30001, 30002]"});
        d.put("tableWhiteList", new String[] {
            "For a database-wide job: migrate only these tables. Ignored by the service when tableBlackList "
                + "is also given.",
            "tableWhiteList: [orders, customers]"});
        d.put("tableBlackList", new String[] {
            "For a database-wide job: migrate every table except these.", "tableBlackList: [tmp_scratch]"});
        d.put("partitionFilters", new String[] {
            "Per table, a filter expression choosing the partitions to migrate (see the filter grammar). "
                + "With tables, every key must be one of the tables.",
            "partitionFilters: {orders: \"ds >= '2024-01-01' and region in ('eu', 'us')\"}"});
        d.put("tableMapping", new String[] {
            "Destination table name per source table. With tables, every key must be one of the tables.",
            "tableMapping: {orders: orders_v2}"});
        d.put("columnMapping", new String[] {
            "Destination column name per source column.", "columnMapping: {ts: event_time}"});
        d.put("schemaOnly", new String[] {"Migrate table definitions only, no data.", "schemaOnly: false"});
        d.put("increment", new String[] {
            "Incremental migration: only new or changed partitions (changed ones are migrated again).",
            "increment: true"});
        d.put("enableSchemaMigration", new String[] {"Create the destination tables.", "enableSchemaMigration: true"});
        d.put("enableDataMigration", new String[] {"Copy the data.", "enableDataMigration: true"});
        d.put("enableVerification", new String[] {
            "Verify the data by comparing SELECT COUNT(*) on source and destination.",
            "enableVerification: true"});
        d.put("others", new String[] {
            "Other settings, passed to the service as they are (any mapping).",
            "others: {maxParallelism: 8}"});
        d.put("eta", new String[] {
            "Wanted completion date, yyyy-MM-dd or yyyy-MM-dd HH:mm:ss; an earlier eta gives a higher priority.",
            "eta: \"2024-06-30\""});
        return d;
    }
}
