package dev.mms.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mms.emulator.EmulatorConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI recipes of docs/ci/, run as far as this machine can: their shell steps, in a checkout with a specs/
 * directory, with the built bin/mms on the PATH in place of the download step, and the secrets pointing at an
 * emulator of the built distribution. A pull request validates (and fails on an invalid spec); a merge creates the
 * jobs, follows them to DONE, and skips them the second time.
 */
class CiRecipesIT {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path MMS = Path.of("target/mms/bin/mms").toAbsolutePath();

    @TempDir
    Path folder;

    private Path checkout;
    private Path home;
    private String endpoint;

    @BeforeEach
    void aCheckoutWithSpecsAndAnEmulator() throws Exception {
        checkout = Files.createDirectories(folder.resolve("repo/specs"));
        Files.copy(Path.of("docs/examples/tables-with-filters.yaml"), checkout.resolve("tables-with-filters.yaml"));
        checkout = checkout.getParent();
        home = Files.createDirectories(folder.resolve("home"));
        Step start = shell(List.of(MMS + " emulator start --port 0 --speed 50"), Map.of());
        assertEquals(0, start.code, start.toString());
        endpoint = start.out.strip();
    }

    @AfterEach
    void stopTheEmulator() throws Exception {
        if (endpoint != null) {
            shell(List.of(MMS + " emulator stop --port " + java.net.URI.create(endpoint).getPort()), Map.of());
        }
    }

    @Test
    void githubActions() throws Exception {
        JsonNode job = YAML.readTree(Path.of("docs/ci/github-actions.yml").toFile()).path("jobs").path("mms");
        Map<String, String> env = recipeEnvironment(job.path("env"));
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_STEP_SUMMARY", folder.resolve("summary.md").toString());

        List<Step> pullRequest = runSteps(job.path("steps"), "pull_request", env);
        assertEquals(1, pullRequest.size(), "a pull request only validates: " + pullRequest);
        pullRequest.forEach(s -> assertEquals(0, s.code, s.toString()));
        assertTrue(Files.readString(checkout.resolve("reports/validate.xml")).contains("<testsuite"), "JUnit report");

        Files.writeString(checkout.resolve("specs/broken.yaml"), "name: broken\nsrcDbName: sales\n");
        Step invalid = runSteps(job.path("steps"), "pull_request", env).get(0);
        assertEquals(2, invalid.code, "an invalid spec fails the check: " + invalid);
        assertTrue((invalid.out + invalid.err).contains("::error file=specs/broken.yaml"), "annotated on the spec: " + invalid);
        Files.delete(checkout.resolve("specs/broken.yaml"));

        List<Step> merge = runSteps(job.path("steps"), "push", env);
        assertEquals(2, merge.size(), "a merge validates, then creates: " + merge);
        merge.forEach(s -> assertEquals(0, s.code, s.toString()));
        assertTrue(merge.get(1).out.contains("every job is DONE"), merge.get(1).toString());
        assertTrue(Files.readString(checkout.resolve("reports/create.xml")).contains("watch: DONE"),
                "the create step's JUnit report");
        assertTrue(Files.readString(folder.resolve("summary.md")).contains("### mms job create: 1 spec, all passed"),
                "the create step's summary");
        Step again = runSteps(job.path("steps"), "push", env).get(1);
        assertEquals(0, again.code, "the second merge skips what exists: " + again);
    }

    @Test
    void gitlabCi() throws Exception {
        JsonNode recipe = YAML.readTree(Path.of("docs/ci/gitlab-ci.yml").toFile());
        Map<String, String> env = recipeEnvironment(recipe.path("variables"));
        Step validate = shell(lines(recipe.path("validate specs").path("script")), env);
        assertEquals(0, validate.code, validate.toString());
        assertTrue(Files.exists(checkout.resolve(recipe.path("validate specs").path("artifacts").path("reports")
                .path("junit").asText())), "the JUnit report the merge request shows");
        Step create = shell(lines(recipe.path("create jobs").path("script")), env);
        assertEquals(0, create.code, create.toString());
        assertTrue(Files.readString(checkout.resolve(recipe.path("create jobs").path("artifacts").path("reports")
                .path("junit").asText())).contains("watch: DONE"), "the create job's JUnit report");
        assertEquals("", create.out.lines().filter(l -> l.startsWith("job/")).findFirst().orElse(""),
                "no FAILED job listed: " + create);
    }

    /** The recipe's own variables, with the secrets and repository variables this test gives. */
    private Map<String, String> recipeEnvironment(JsonNode variables) {
        Map<String, String> env = new LinkedHashMap<>();
        variables.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", EmulatorConfig.DEFAULT_ACCESS_KEY_ID);
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", EmulatorConfig.DEFAULT_ACCESS_KEY_SECRET);
        env.put("MMS_SOURCE_ID", "2000015");
        env.put("MMS_ENDPOINT", endpoint);
        return env;
    }

    /** The run: steps an event executes, but the download step, whose bin/mms is on the PATH already. */
    private List<Step> runSteps(JsonNode steps, String event, Map<String, String> env) throws Exception {
        List<Step> ran = new ArrayList<>();
        for (JsonNode step : steps) {
            String condition = step.path("if").asText("");
            boolean runs = condition.isEmpty() || condition.equals("github.event_name == '" + event + "'");
            if (step.has("run") && runs && !step.path("name").asText().equals("Install mms")) {
                ran.add(shell(List.of(step.path("run").asText()), env));
            }
        }
        return ran;
    }

    private static List<String> lines(JsonNode script) {
        List<String> lines = new ArrayList<>();
        script.forEach(line -> lines.add(line.asText()));
        return lines;
    }

    private record Step(String script, int code, String out, String err) {
        @Override
        public String toString() {
            return script + "\n--- exit " + code + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
        }
    }

    /** bash -eo pipefail, as both CI systems run a script, in the checkout with a bare environment. */
    private Step shell(List<String> script, Map<String, String> env) throws Exception {
        String text = String.join("\n", script);
        ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", text)
                .directory(checkout == null ? folder.toFile() : checkout.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("PATH", MMS.getParent() + ":/usr/bin:/bin");
        Path err = Files.createTempFile(folder, "stderr", ".txt");
        builder.redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Step(text, process.exitValue(), out, Files.readString(err));
    }
}
