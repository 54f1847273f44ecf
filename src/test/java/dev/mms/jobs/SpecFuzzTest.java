package dev.mms.jobs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mms.api.HttpMmsClient;
import dev.mms.api.JobSpec;
import dev.mms.spec.Diagnostic;
import dev.mms.spec.PartitionFilterException;
import dev.mms.spec.PartitionFilterParser;
import dev.mms.spec.SpecSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutated valid specs and partition filters through validation (issue 7): every one ends valid or with error
 * diagnostics that each carry a message (what {@code job validate} and {@code job create} turn into exit 2), never
 * an uncaught exception. A fixed seed in the suite; {@code -Dfuzz.iterations=N -Dfuzz.seed=S} for longer runs
 * ({@code bench/fuzz.sh}). A failure prints the seed, the iteration and the input.
 */
public class SpecFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 10_000);
    private static final JobSpec NO_FLAGS = new JobSpec(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null);
    /** What YAML, JSON and the filter grammar give meaning to, plus text that tends to break parsers. */
    private static final String[] PIECES = {":", ": ", "-", "- ", "{", "}", "[", "]", ",", "'", "\"", "#", "&a", "*a",
        "!!str ", "!!binary ", "|", ">", "?", "%", "@", "`", "\\", "\n", "\n  ", "\t", " ", "---\n", "...\n", "<<: ",
        "~", "null", "true", "0x1F", "010", "1e309", "-1", "9223372036854775808", ".inf", ".nan", "2024-13-45",
        "(", ")", " and ", " or ", " in ", "=", "<>", ">=", "<=", "'2024-06-01'", "\u2018", "\u201c", "\u0000",
        "\u0007", "\ufeff", "\ud800", "表", "é", "\u200b", "tables", "partitions", "partitionFilters", "name",
        "sourceId", "srcDbName", "dstDbName", "tableMapping", "columnMapping", "eta", "whiteList", "blackList"};

    private final JobPlanner planner = new JobPlanner();

    @Test
    void mutatedSpecsAreValidOrRejectedWithAMessageNeverAnException() throws IOException {
        List<String> seeds = exampleSpecs();
        Random random = new Random(SEED);
        int valid = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            String text = mutate(seeds.get(random.nextInt(seeds.size())), random);
            if (checkSpec(text, i)) {
                valid++;
            }
        }
        // Mutations that keep a spec valid and ones that break it must both occur, or the fuzzer tests nothing.
        assertTrue(valid > ITERATIONS / 50 && valid < ITERATIONS - ITERATIONS / 50, valid + " of " + ITERATIONS + " valid");
    }

    @Test
    void mutatedPartitionFiltersParseOrFailWithAPositionedReason() {
        String[] seeds = {"ds >= '2024-06-02' and region in ('cn', 'eu')", "ds = '2024-06-01' and (hh = '00' or hh = '12')",
            "p1 >= '2022-03-04' and (p2 = 10 or p3 > 20) and p4 in ('abc','cde')", "a <> -1.5 or b = \"x\\\"y\""};
        Random random = new Random(SEED + 1);
        int parsed = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            String expression = mutate(seeds[random.nextInt(seeds.length)], random);
            try {
                PartitionFilterParser.parse(expression);
                parsed++;
            } catch (PartitionFilterException e) {
                if (e.reason() == null || e.reason().isBlank() || e.position() < 0 || e.position() > expression.length()) {
                    fail(report(i, expression, "a reason and a position inside the expression, got " + e.getMessage()));
                }
                e.caret("  ");
            } catch (RuntimeException | StackOverflowError e) {
                fail(report(i, expression, "uncaught " + e), e);
            }
        }
        assertTrue(parsed > 0 && parsed < ITERATIONS, parsed + " of " + ITERATIONS + " parsed");
    }

    /** True when the spec is valid; fails the test on an exception or an error without a message. */
    private boolean checkSpec(String text, int iteration) {
        try {
            JobPlanner.Plan plan = planner.plan(List.of(new SpecSource("fuzz.yaml", text)), NO_FLAGS, 2000015L);
            for (JobPlanner.Checked checked : plan.checked()) {
                for (Diagnostic d : checked.diagnostics()) {
                    if (d.message() == null || d.message().isBlank() || d.format().isBlank()) {
                        fail(report(iteration, text, "a diagnostic without a message: " + d));
                    }
                }
            }
            for (PlannedJob job : plan.jobs()) {
                HttpMmsClient.previewCreateJob(job.spec().sourceId(), job.spec()); // what create would send
            }
            return !plan.hasErrors();
        } catch (RuntimeException | StackOverflowError e) {
            fail(report(iteration, text, "uncaught " + e), e);
            return false;
        }
    }

    /** One to three random edits: insert a piece, delete, duplicate or repeat a range, swap lines, cut the end. */
    public static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
            int end = Math.min(s.length(), at + 1 + random.nextInt(12));
            switch (random.nextInt(8)) {
                case 0, 1 -> s.insert(at, PIECES[random.nextInt(PIECES.length)]);
                case 2 -> s.delete(at, end);
                case 3 -> s.insert(at, s.substring(at, end));
                case 4 -> s.insert(at, s.substring(at, end).repeat(random.nextInt(40) + 2));
                case 5 -> s.setLength(at);
                case 6 -> s.insert(at, random.nextBoolean() ? "(".repeat(random.nextInt(300)) : "[".repeat(random.nextInt(100)));
                default -> {
                    String[] lines = s.toString().split("\n", -1);
                    if (lines.length > 1) {
                        int a = random.nextInt(lines.length);
                        int b = random.nextInt(lines.length);
                        String swap = lines[a];
                        lines[a] = lines[b];
                        lines[b] = swap;
                        s = new StringBuilder(String.join("\n", lines));
                    }
                }
            }
        }
        return s.toString();
    }

    private static List<String> exampleSpecs() throws IOException {
        List<String> specs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("docs", "examples"))) {
            for (Path file : files.sorted().toList()) {
                specs.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        specs.add("{\"name\":\"j\",\"sourceId\":2000015,\"srcDbName\":\"sales\",\"dstDbName\":\"sales_dw\","
                + "\"tables\":[\"orders\"],\"partitionFilters\":{\"orders\":\"ds >= '2024-06-01'\"}}");
        return specs;
    }

    private static String report(int iteration, String input, String problem) {
        String shown = input.length() > 2000 ? input.substring(0, 2000) + "..." : input;
        return "seed " + SEED + ", iteration " + iteration + ": " + problem + "\n--- input:\n" + shown + "\n---";
    }
}
