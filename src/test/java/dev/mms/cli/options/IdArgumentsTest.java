package dev.mms.cli.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.cli.UsageException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdArgumentsTest {

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bareNumbersAndTheNameFormsOfDashONameAreAccepted() {
        IdArguments.Ids ids = IdArguments.parse(List.of("103", "job/104", "JOB/105", "asynctask/1012"), stdin(""));

        assertEquals(List.of(103L, 104L, 105L), ids.jobIds());
        assertEquals(List.of(1012L), ids.asyncTaskIds());
    }

    @Test
    void dashReadsIdsFromStdinBetweenTheOthersAndDuplicatesAreDropped() {
        IdArguments.Ids ids = IdArguments.parse(List.of("101", "-", "103"),
                stdin("job/102\njob/101  job/103 # the nightly ones\n\nasynctask/7\n"));

        assertEquals(List.of(101L, 102L, 103L), ids.jobIds());
        assertEquals(List.of(7L), ids.asyncTaskIds());
    }

    @Test
    void anythingElseIsAUsageErrorNamingTheToken() {
        for (String bad : List.of("abc", "0", "-5", "job/", "job/x", "12.5", "spec/a.yaml", "99999999999999999999")) {
            UsageException e = assertThrows(UsageException.class,
                    () -> IdArguments.parse(List.of(bad), stdin("")), bad);
            assertTrue(e.getMessage().startsWith("'" + bad + "' is not an id"), e.getMessage());
        }
        UsageException fromStdin = assertThrows(UsageException.class,
                () -> IdArguments.parse(List.of("-"), stdin("103\nnope\n")));
        assertTrue(fromStdin.getMessage().contains("'nope' (from stdin)"), fromStdin.getMessage());
    }

    @Test
    void jobOnlyCommandsRefuseAnAsyncTaskWithAHint() {
        IdArguments args = new IdArguments();
        args.values = List.of("103", "asynctask/1012");

        UsageException e = assertThrows(UsageException.class, () -> args.jobIds(stdin("")));
        assertTrue(e.getMessage().contains("not a job"), e.getMessage());
    }

    @Test
    void asyncTaskValuesTakeTheirNameFormToo() {
        assertEquals(1012L, IdArguments.asyncTaskId("asynctask/1012"));
        assertEquals(1012L, IdArguments.asyncTaskId("1012"));
        assertThrows(UsageException.class, () -> IdArguments.asyncTaskId("job/103"));
    }
}
