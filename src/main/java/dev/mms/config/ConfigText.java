package dev.mms.config;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.serializer.Serializer;

/**
 * The text of a config file after {@code mms config set|unset|use}, kept as the user wrote it: the file's YAML tree
 * with its comments (SnakeYAML's, which Jackson's YAML reader is built on) gets only the changed values, and is
 * written back with every comment, blank line, key order and quoting style it had. The indentation is the file's
 * (detected), inline comments are put one space after their value. Whatever cannot be kept that way (not a mapping,
 * several documents, a result that would not read back as meant) yields nothing, and the caller writes it anew.
 */
final class ConfigText {

    private ConfigText() {
    }

    /**
     * The text {@code original} becomes once it says {@code changed}; empty when it cannot be kept as written, or
     * when the result would not read back as exactly {@code changed} (checked with the file's own reader).
     */
    static Optional<String> rewrite(String original, ConfigFile changed) {
        try {
            LoaderOptions loading = new LoaderOptions();
            loading.setProcessComments(true);
            Node root = new Composer(new ParserImpl(new StreamReader(original), loading), new Resolver(), loading)
                    .getSingleNode();
            if (!(root instanceof MappingNode mapping)) {
                return Optional.empty();
            }
            setScalar(mapping, "current", changed.current() == null ? null : scalar(changed.current()), true);
            MappingNode profiles = mappingAt(mapping, "profiles");
            List<String> kept = new ArrayList<>(changed.profiles().keySet());
            profiles.getValue().removeIf(t -> !kept.contains(keyOf(t)));
            for (Map.Entry<String, ProfileSettings> p : changed.profiles().entrySet()) {
                Map<String, Object> values = p.getValue().values();
                if (values.isEmpty() && profiles.getValue().stream().anyMatch(t -> p.getKey().equals(keyOf(t)))) {
                    continue; // "dev:" with nothing under it stays so
                }
                MappingNode profile = mappingAt(profiles, p.getKey());
                for (String key : ProfileSettings.KEYS) {
                    Object value = values.get(key);
                    setScalar(profile, key, value == null ? null : scalar(value), false);
                }
            }
            String text = emit(root, indentOf(original));
            return ConfigFile.parse(text, "the rewritten file").equals(changed) ? Optional.of(text) : Optional.empty();
        } catch (RuntimeException cannotKeepIt) {
            return Optional.empty();
        }
    }

    /** Sets, replaces or (value null) removes {@code key}; a value that reads the same keeps its node as written. */
    private static void setScalar(MappingNode mapping, String key, ScalarNode value, boolean first) {
        List<NodeTuple> tuples = mapping.getValue();
        for (int i = 0; i < tuples.size(); i++) {
            NodeTuple t = tuples.get(i);
            if (!key.equals(keyOf(t))) {
                continue;
            }
            if (value == null) {
                if (!Tag.NULL.equals(t.getValueNode().getTag())) { // an empty "key:" already says "not set"
                    tuples.remove(i);
                }
            } else if (!(t.getValueNode() instanceof ScalarNode old) || !sameValue(old, value)) {
                value.setInLineComments(t.getValueNode().getInLineComments());
                tuples.set(i, new NodeTuple(t.getKeyNode(), value));
            }
            return;
        }
        if (value != null) {
            tuples.add(first ? 0 : tuples.size(), new NodeTuple(scalar(key), value));
        }
    }

    /** The file's reader reads each key by the key's type, so the same text is the same value, however quoted. */
    private static boolean sameValue(ScalarNode old, ScalarNode value) {
        return old.getValue().equals(value.getValue());
    }

    /** The mapping under {@code key}, made (or made of an empty value) when there is none. */
    private static MappingNode mappingAt(MappingNode mapping, String key) {
        for (int i = 0; i < mapping.getValue().size(); i++) {
            NodeTuple t = mapping.getValue().get(i);
            if (key.equals(keyOf(t))) {
                if (t.getValueNode() instanceof MappingNode found) {
                    return found;
                }
                MappingNode made = emptyMapping();
                mapping.getValue().set(i, new NodeTuple(t.getKeyNode(), made));
                return made;
            }
        }
        MappingNode made = emptyMapping();
        mapping.getValue().add(new NodeTuple(scalar(key), made));
        return made;
    }

    private static MappingNode emptyMapping() {
        return new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);
    }

    private static String keyOf(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
    }

    /** A plain scalar of the value's YAML type; the emitter quotes a string that would otherwise read as another. */
    private static ScalarNode scalar(Object value) {
        Tag tag = value instanceof Boolean ? Tag.BOOL : value instanceof Number ? Tag.INT : Tag.STR;
        return new ScalarNode(tag, String.valueOf(value), null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    private static String emit(Node root, int indent) {
        DumperOptions dumping = new DumperOptions();
        dumping.setProcessComments(true);
        dumping.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dumping.setIndent(indent);
        dumping.setWidth(Integer.MAX_VALUE);
        dumping.setSplitLines(false);
        StringWriter out = new StringWriter();
        Serializer serializer = new Serializer(new Emitter(out, dumping), new Resolver(), dumping, null);
        try {
            serializer.open();
            serializer.serialize(root);
            serializer.close();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        // The emitter indents the blank lines it keeps; a blank line is blank.
        return out.toString().replaceAll("(?m)^[ \\t]+$", "");
    }

    /** The indentation the file uses: that of its first indented line that is not a comment; 2 when it has none. */
    private static int indentOf(String text) {
        for (String line : text.split("\n")) {
            String stripped = line.stripLeading();
            int indent = line.length() - stripped.length();
            if (indent > 0 && !stripped.isEmpty() && !stripped.startsWith("#")) {
                return Math.min(Math.max(indent, 1), 10);
            }
        }
        return 2;
    }
}
