package dev.mms.api;

/** The documented values of a job's {@code status} (mms-api.md §2). */
public enum JobStatus { INIT, DOING, DONE, FAILED }
