package dev.mms.run;

/**
 * How far {@link RunEngine#run} takes each spec: SUBMIT returns once the server accepted the creation (async task
 * id), WAIT once the creation finished (the job exists, or it did not come about), WATCH once the job is DONE or
 * FAILED. {@code ifNotExists} skips a spec whose exact name a job of its source already has.
 */
public record RunOptions(Mode mode, boolean ifNotExists) {

    public enum Mode { SUBMIT, WAIT, WATCH }
}
