import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;

/**
 * Writes an emulator state file with COUNT jobs, cloned from the first job of a state file that a real emulator wrote,
 * so the format is the emulator's own whatever it becomes. Each clone gets its own id, name and creation time.
 *
 * <p>Run with the distribution's jars: {@code java -cp 'target/mms/lib/*' bench/GenerateState.java TEMPLATE OUT COUNT}
 */
public class GenerateState {

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: GenerateState TEMPLATE_STATE OUT_STATE COUNT");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode state = (ObjectNode) json.readTree(new File(args[0]));
        int count = Integer.parseInt(args[2]);
        JsonNode template = state.withArray("jobs").get(0);
        if (template == null) {
            throw new IllegalArgumentException(args[0] + " holds no job to clone");
        }
        long firstId = state.get("nextJobId").asLong();
        long now = System.currentTimeMillis();
        ArrayNode jobs = json.createArrayNode();
        for (int i = 0; i < count; i++) {
            ObjectNode job = template.deepCopy();
            long created = now - (long) (count - i) * 1000;
            job.put("id", firstId + i);
            job.put("createdAtMillis", created);
            job.put("bankedMillis", 0);
            job.put("resumedAtMillis", created);
            ((ObjectNode) job.get("spec")).put("name", String.format("bench-job-%05d", i + 1));
            jobs.add(job);
        }
        state.set("jobs", jobs);
        state.put("nextJobId", firstId + count);
        json.writeValue(new File(args[1]), state);
        System.err.println("wrote " + count + " jobs (ids " + firstId + ".." + (firstId + count - 1) + ") to " + args[1]);
    }
}
