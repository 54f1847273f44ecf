package dev.mms.emulator;

/**
 * An async task as the emulator keeps it: it is DOING until {@code finishesAtMillis} (wall clock), then DONE with
 * {@code objectId} (the created job), or FAILED with {@code errorMsg} when {@code objectId} is null.
 */
record StoredAsyncTask(long id, long sourceId, String type, Long objectId, String errorMsg, long createdAtMillis,
                       long finishesAtMillis) {

    boolean finishedAt(long now) {
        return now >= finishesAtMillis;
    }
}
