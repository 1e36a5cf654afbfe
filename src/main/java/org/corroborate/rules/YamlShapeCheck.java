package org.corroborate.rules;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a composed YAML tree against the record type it will be bound to, reporting every
 * problem (unknown, missing and duplicate keys, wrong shapes, regexes that do not compile) with
 * its line, and recording the line of every path for later semantic checks. Keys are the
 * snake_case forms of the record components.
 */
final class YamlShapeCheck {
    private final List<Problem> problems;
    private final String file;
    private final Map<String, Integer> lines;

    YamlShapeCheck(String file, List<Problem> problems, Map<String, Integer> lines) {
        this.file = file;
        this.problems = problems;
        this.lines = lines;
    }

    void check(Node node, Type type, String path) {
        lines.putIfAbsent(path, line(node));
        Class<?> raw = raw(type);
        if (raw == JsonNode.class || raw == Object.class) {
            return;
        }
        if (raw.isRecord()) {
            checkRecord(node, raw, path);
        } else if (List.class.isAssignableFrom(raw)) {
            checkList(node, type, path);
        } else if (Map.class.isAssignableFrom(raw)) {
            checkMap(node, type, path);
        } else {
            checkScalar(node, raw, path);
        }
    }

    private void checkRecord(Node node, Class<?> type, String path) {
        if (!(node instanceof MappingNode map)) {
            problem(node, where(path) + "expected a mapping with keys " + keysOf(type));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = firstOccurrence(tuple, seen, path);
            if (key == null) {
                continue;
            }
            RecordComponent component = component(type, key);
            if (component == null) {
                problem(tuple.getKeyNode(), where(path) + "unknown key '" + key + "' (allowed: " + keysOf(type) + ")");
                continue;
            }
            String child = join(path, key);
            check(tuple.getValueNode(), component.getGenericType(), child);
            if (component.isAnnotationPresent(Regex.class)) {
                checkRegex(tuple.getValueNode(), child);
            }
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (!component.isAnnotationPresent(OptionalKey.class) && !seen.contains(snake(component.getName()))) {
                problem(node, where(path) + "missing key '" + snake(component.getName()) + "'");
            }
        }
    }

    private void checkList(Node node, Type type, String path) {
        if (!(node instanceof SequenceNode seq)) {
            problem(node, where(path) + "expected a list");
            return;
        }
        Type element = typeArgument(type, 0);
        for (int i = 0; i < seq.getValue().size(); i++) {
            check(seq.getValue().get(i), element, join(path, Integer.toString(i)));
        }
    }

    private void checkMap(Node node, Type type, String path) {
        if (!(node instanceof MappingNode map)) {
            problem(node, where(path) + "expected a mapping");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = firstOccurrence(tuple, seen, path);
            if (key != null) {
                check(tuple.getValueNode(), typeArgument(type, 1), join(path, key));
            }
        }
    }

    /** The tuple's key, or null (reported) when the mapping already had it. */
    private String firstOccurrence(NodeTuple tuple, Set<String> seen, String path) {
        String key = scalar(tuple.getKeyNode());
        if (!seen.add(key)) {
            problem(tuple.getKeyNode(), where(path) + "duplicate key '" + key + "'");
            return null;
        }
        return key;
    }

    private void checkScalar(Node node, Class<?> type, String path) {
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, where(path) + "expected a single value (" + type.getSimpleName() + ")");
            return;
        }
        String value = scalar.getValue();
        boolean ok = true;
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            ok = value.matches("-?\\d+");
        } else if (type == BigDecimal.class || type == double.class || type == Double.class) {
            ok = value.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
        } else if (type == boolean.class || type == Boolean.class) {
            ok = value.equals("true") || value.equals("false");
        } else if (type.isEnum()) {
            ok = false;
            for (Object constant : type.getEnumConstants()) {
                ok |= ((Enum<?>) constant).name().equalsIgnoreCase(value);
            }
        }
        if (!ok) {
            problem(node, where(path) + "'" + value + "' is not a valid " + type.getSimpleName().toLowerCase(Locale.ROOT));
        }
    }

    private void checkRegex(Node node, String path) {
        if (node instanceof ScalarNode scalar) {
            compile(scalar, path);
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    compile(scalar, path);
                }
            }
        }
    }

    private void compile(ScalarNode scalar, String path) {
        try {
            Pattern.compile(scalar.getValue());
        } catch (PatternSyntaxException e) {
            problem(scalar, where(path) + "pattern does not compile: " + e.getDescription()
                    + " near index " + e.getIndex());
        }
    }

    private void problem(Node node, String message) {
        problems.add(new Problem(file, line(node), message));
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : String.valueOf(node);
    }

    private static String where(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "/" + key;
    }

    private static RecordComponent component(Class<?> type, String key) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (snake(component.getName()).equals(key)) {
                return component;
            }
        }
        return null;
    }

    private static String keysOf(Class<?> type) {
        StringBuilder keys = new StringBuilder();
        for (RecordComponent component : type.getRecordComponents()) {
            keys.append(keys.isEmpty() ? "" : ", ").append(snake(component.getName()));
        }
        return keys.toString();
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }
}
