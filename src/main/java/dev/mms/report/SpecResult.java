package dev.mms.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What one spec came to in one command, step by step (validate, plan, create, watch): a row of the CI step summary
 * and a test case of the JUnit report.
 *
 * @param spec  where the spec came from, as diagnostics name it ({@code specs/a.yaml}, {@code specs/a.yaml#2})
 * @param file  the file alone, for reports that link to it; null for a spec given by flags
 * @param job   the job's name, null when the spec could not be read
 * @param jobId the job it created or found, when there is one
 * @param steps what each step said, in the order they ran
 */
public record SpecResult(String spec, String file, String job, Long jobId, List<Step> steps) {

    public SpecResult {
        steps = List.copyOf(steps);
    }

    /** One step of a spec: {@code validate} said {@code invalid}, {@code plan} said {@code 4 of 6 partitions}. */
    public record Step(String phase, boolean ok, String result, String detail) {

        public static Step ok(String phase, String result, String detail) {
            return new Step(phase, true, result, detail);
        }

        public static Step failed(String phase, String result, String detail) {
            return new Step(phase, false, result, detail);
        }
    }

    public static SpecResult of(String spec, String file, String job) {
        return new SpecResult(spec, file, job, null, List.of());
    }

    /** This result with one more step. */
    public SpecResult with(Step step) {
        List<Step> more = new ArrayList<>(steps);
        more.add(step);
        return new SpecResult(spec, file, job, jobId, more);
    }

    public SpecResult withJobId(Long id) {
        return new SpecResult(spec, file, job, id, steps);
    }

    public boolean failed() {
        return steps.stream().anyMatch(s -> !s.ok());
    }

    /** The step that failed first, or the last step: what a one-line summary of this spec says. */
    public Step decisive() {
        return steps.stream().filter(s -> !s.ok()).findFirst()
                .orElse(steps.isEmpty() ? Step.ok("none", "nothing to do", null) : steps.get(steps.size() - 1));
    }
}
