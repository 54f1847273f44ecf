package dev.mms.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training run of the class-data archive still runs every command it trains with the exit code it expects. */
class TrainingRunTest {

    @Test
    void everyTrainedCommandSucceedsAgainstItsOwnEmulator(@TempDir Path work) throws Exception {
        assertEquals(0, TrainingRun.train(work), "a training command failed: see stderr above");
    }
}
