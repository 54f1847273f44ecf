package dev.mms.emulator;

/**
 * One migration task of a stored job: a table, or one partition of it. {@code error} is non-null when the catalog says
 * the table fails, and is then the task's failure message.
 */
record StoredTask(String tableName, long tableId, Long partitionId, String partition, String error) {

    static StoredTask of(Catalog.Table table, Catalog.Partition partition) {
        return new StoredTask(table.name(), table.id(), partition == null ? null : partition.id(),
                partition == null ? null : partition.value(), table.fails() ? table.errorOrDefault() : null);
    }

    boolean fails() {
        return error != null;
    }
}
