package dev.uapi.dispatcher.settings;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.uapi.spi.MapModuleSettings;
import dev.uapi.spi.SettingSyntax;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One section of {@code uapi.yaml} being read: typed values with defaults, each problem worded
 * {@code uapi.yaml: <path>: <problem>} and collected rather than thrown, so that the reader reports every
 * problem of every section at once. Numbers and durations follow {@link SettingSyntax}, as modules' do.
 */
public final class Section {

    private final JsonNode node;
    private final String path;
    private final List<String> problems;

    private Section(JsonNode node, String path, List<String> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The top of a file; problems go to the given list. */
    static Section root(JsonNode node, List<String> problems) {
        return new Section(node == null || node.isNull() ? MissingNode.getInstance() : node, "", problems);
    }

    /** An absent section with its own problem list: every read gives the default (tests, the defaults). */
    public static Section empty() {
        return new Section(MissingNode.getInstance(), "", new ArrayList<>());
    }

    /** Whether the file has this section. */
    public boolean present() {
        return !node.isMissingNode();
    }

    /**
     * A sub-section. When the key holds something other than a mapping, that is a problem and the returned
     * section is absent, so that its keys read as defaults.
     */
    public Section section(String key) {
        JsonNode child = node.path(key);
        if (child.isMissingNode() || child.isNull()) {
            return new Section(MissingNode.getInstance(), pathOf(key), problems);
        }
        if (!child.isObject()) {
            problem(key, "expected a section of keys and values");
            return new Section(MissingNode.getInstance(), pathOf(key), problems);
        }
        return new Section(child, pathOf(key), problems);
    }

    /** Reports each key not in {@code known}, naming the known ones. */
    public void allow(Set<String> known) {
        for (String key : keys()) {
            if (!known.contains(key)) {
                problems.add(MapModuleSettings.unknownKey(pathOf(key), known));
            }
        }
    }

    /** The keys given here, in file order. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** Whether the key is given. */
    public boolean has(String key) {
        JsonNode value = node.path(key);
        return !value.isMissingNode() && !value.isNull();
    }

    /** A single value as text, or the default when absent; a list or a section is a problem. */
    public String text(String key, String defaultValue) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return defaultValue;
        }
        if (!value.isValueNode()) {
            problem(key, "expected a single value");
            return defaultValue;
        }
        return value.asText();
    }

    /** A text value from a fixed set. */
    public String choice(String key, String defaultValue, Set<String> allowed) {
        String value = text(key, null);
        if (value == null) {
            return defaultValue;
        }
        if (!allowed.contains(value)) {
            invalid(key, value, "one of " + String.join(", ", new TreeSet<>(allowed)));
            return defaultValue;
        }
        return value;
    }

    /** An integer within bounds, in the syntax of {@link SettingSyntax#integer(String)}. */
    public long integer(String key, long defaultValue, long min, long max) {
        String value = text(key, null);
        if (value == null) {
            return defaultValue;
        }
        Long parsed = SettingSyntax.integerWithin(value, min, max);
        if (parsed == null) {
            invalid(key, value, SettingSyntax.integerRange(min, max));
        }
        return parsed == null ? defaultValue : parsed;
    }

    /** A duration within bounds, in the syntax of {@link SettingSyntax#duration(String, Duration)}. */
    public Duration duration(String key, Duration defaultValue, Duration bareUnit, Duration min, Duration max) {
        String value = text(key, null);
        if (value == null) {
            return defaultValue;
        }
        Duration parsed = SettingSyntax.durationWithin(value, bareUnit, min, max);
        if (parsed == null) {
            invalid(key, value, SettingSyntax.durationRange(min, max));
        }
        return parsed == null ? defaultValue : parsed;
    }

    /** {@code true} or {@code false} ({@code 1} or {@code 0} too). */
    public boolean bool(String key, boolean defaultValue) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return defaultValue;
        }
        String text = value.isValueNode() ? value.asText() : "";
        switch (text) {
            case "true", "1":
                return true;
            case "false", "0":
                return false;
            default:
                invalid(key, value.isValueNode() ? text : null, "true or false (or 1 or 0)");
                return defaultValue;
        }
    }

    /** Reports a problem with a key of this section. */
    public void problem(String key, String problem) {
        problems.add("uapi.yaml: " + pathOf(key) + ": " + problem);
    }

    /** Reports a value of the wrong form; a null value (a secret) is not quoted. */
    public void invalid(String key, String value, String expected) {
        problem(key, "expected " + expected + (value == null ? "" : ", not “" + value + "”"));
    }

    /** The dotted path of a key of this section. */
    public String pathOf(String key) {
        requireNonNull(key, "key is null");
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The raw value of a key, for sections read by their own rules (a module's). */
    JsonNode raw(String key) {
        return node.path(key);
    }
}
