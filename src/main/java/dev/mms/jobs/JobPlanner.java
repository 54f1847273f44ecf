package dev.mms.jobs;

import dev.mms.api.JobSpec;
import dev.mms.spec.Diagnostic;
import dev.mms.spec.SpecDocument;
import dev.mms.spec.SpecMerger;
import dev.mms.spec.SpecReader;
import dev.mms.spec.SpecSource;
import dev.mms.spec.SpecValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns spec files (or flags alone) into the jobs to create: reads every document, lays the flags over it, fills the
 * source id from the profile when neither names one, and validates. Sends nothing.
 */
public final class JobPlanner {

    private final SpecReader reader = new SpecReader();
    private final SpecValidator validator = new SpecValidator();

    /** Every document's diagnostics, in order, and the jobs of the documents without errors. */
    public record Plan(List<Checked> checked) {

        public List<PlannedJob> jobs() {
            return checked.stream().filter(c -> !c.hasErrors()).map(Checked::job).toList();
        }

        public boolean hasErrors() {
            return checked.stream().anyMatch(Checked::hasErrors);
        }

        public long errorCount() {
            return checked.stream().flatMap(c -> c.diagnostics().stream()).filter(Diagnostic::isError).count();
        }

        public long specsWithErrors() {
            return checked.stream().filter(Checked::hasErrors).count();
        }
    }

    /** One document after merging and validation. */
    public record Checked(SpecDocument document, JobSpec effective, List<Diagnostic> diagnostics) {

        public boolean hasErrors() {
            return Diagnostic.anyErrors(diagnostics);
        }

        PlannedJob job() {
            return new PlannedJob(document.displayName(), effective);
        }
    }

    /**
     * @param sources         the spec files; empty means a job given by flags alone
     * @param flags           the spec flags (null fields: not given); its sourceId is --source-id
     * @param profileSourceId the profile's source id, used when neither flag nor spec names one
     */
    public Plan plan(List<SpecSource> sources, JobSpec flags, Long profileSourceId) {
        List<SpecDocument> documents = new ArrayList<>();
        if (sources.isEmpty()) {
            documents.add(SpecDocument.flagsOnly());
        }
        for (SpecSource source : sources) {
            documents.addAll(reader.read(source));
        }
        List<Checked> checked = new ArrayList<>();
        for (SpecDocument document : documents) {
            JobSpec effective = document.spec() == null ? null : SpecMerger.merge(document.spec(), flags);
            if (effective != null && effective.sourceId() == null && profileSourceId != null) {
                effective = effective.withSourceId(profileSourceId);
            }
            checked.add(new Checked(document, effective, validator.check(document, effective)));
        }
        return new Plan(withDuplicateNames(checked));
    }

    /**
     * A name identifies a job (--if-not-exists, the check after a lost answer, job diff): two specs of one name for
     * the same source in one invocation are an error in each of them, naming the other.
     */
    private static List<Checked> withDuplicateNames(List<Checked> checked) {
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        for (int i = 0; i < checked.size(); i++) {
            JobSpec spec = checked.get(i).effective();
            if (spec != null && spec.name() != null && !spec.name().isBlank()) {
                byName.computeIfAbsent(spec.sourceId() + "\u0000" + spec.name(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Checked> out = new ArrayList<>(checked);
        for (List<Integer> same : byName.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (int i : same) {
                Checked c = checked.get(i);
                List<String> others = same.stream().filter(j -> j != i)
                        .map(j -> checked.get(j).document().displayName()).toList();
                List<Diagnostic> diagnostics = new ArrayList<>(c.diagnostics());
                diagnostics.add(Diagnostic.error(c.document().fieldLocations().get("name"), "name '"
                        + c.effective().name() + "' is also the name of " + String.join(", ", others)
                        + "; a name identifies one job, so give each spec its own").withKey("name"));
                out.set(i, new Checked(c.document(), c.effective(), diagnostics));
            }
        }
        return out;
    }
}
