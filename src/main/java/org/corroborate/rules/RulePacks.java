package org.corroborate.rules;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import org.corroborate.api.Language;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The loaded, validated rule packs. {@link #load} reads {@code index.yaml}, each pack's
 * {@code manifest.yaml} and every file it lists, and either returns packs that are entirely valid
 * or throws one {@link RulePackException} naming every problem with its file and line: unknown,
 * missing or duplicate keys, files not listed in a manifest (orphans), listed files that are
 * missing, unknown kinds, unresolved pack references, rule ids that are malformed or repeated,
 * rules without a name or examples, patterns that do not compile, and whatever each kind's own
 * {@link RuleFile#validate} finds.
 */
public final class RulePacks {
    private static final String ID_FORMAT = "[a-z]{2,}(\\.[a-z0-9_]+)+";

    private final Map<String, Manifest> manifests;
    private final Map<String, List<RuleFile>> files;

    private RulePacks(Map<String, Manifest> manifests, Map<String, List<RuleFile>> files) {
        this.manifests = manifests;
        this.files = files;
    }

    /** The files of {@code type} in a pack, in manifest order. */
    public <T extends RuleFile> List<T> files(String pack, Class<T> type) {
        return files.getOrDefault(pack, List.of()).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The files of {@code type} for a language: those of the packs it uses first, then its own. */
    public <T extends RuleFile> List<T> forLanguage(Language language, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Manifest manifest : manifests.values()) {
            if (language.code().equals(manifest.language())) {
                manifest.uses().forEach(used -> out.addAll(files(used, type)));
                out.addAll(files(manifest.pack(), type));
            }
        }
        return out;
    }

    /**
     * The language of the pack that holds {@code file} (this very instance), as its manifest
     * states it; empty for a shared pack (common) or a file of no pack. A kind whose words differ
     * by language checks them with it ({@code places}).
     */
    public Optional<Language> languageOf(RuleFile file) {
        for (Map.Entry<String, List<RuleFile>> pack : files.entrySet()) {
            for (RuleFile f : pack.getValue()) {
                if (f == file) {
                    Manifest manifest = manifests.get(pack.getKey());
                    String code = manifest == null ? null : manifest.language();
                    for (Language language : Language.values()) {
                        if (language.code().equals(code)) {
                            return Optional.of(language);
                        }
                    }
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Every rule in every pack. */
    public List<Rule> rules() {
        List<Rule> out = new ArrayList<>();
        files.values().forEach(list -> list.forEach(file -> walkRules(file, "", (rule, path) -> out.add(rule))));
        return out;
    }

    public Set<String> packs() {
        return manifests.keySet();
    }

    public static RulePacks load(RuleSource source, Map<String, Class<? extends RuleFile>> kinds) {
        return new Loader(source, kinds).load();
    }

    /** Finds the {@link Rule}s inside a bound value, with their paths. */
    static void walkRules(Object value, String path, BiConsumer<Rule, String> visitor) {
        if (value instanceof Rule rule) {
            visitor.accept(rule, path);
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walkRules(list.get(i), YamlShapeCheck.join(path, Integer.toString(i)), visitor);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walkRules(v, YamlShapeCheck.join(path, String.valueOf(k)), visitor));
        } else if (value != null && value.getClass().isRecord() && !(value instanceof Example)) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    walkRules(component.getAccessor().invoke(value),
                            YamlShapeCheck.join(path, YamlShapeCheck.snake(component.getName())), visitor);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static final class Loader {
        private final RuleSource source;
        private final Map<String, Class<? extends RuleFile>> kinds;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Manifest> manifests = new LinkedHashMap<>();
        private final Map<String, List<RuleFile>> files = new LinkedHashMap<>();
        private final Map<RuleFile, Problems> reporters = new HashMap<>();
        private final ObjectMapper mapper = JsonMapper.builder(new YAMLFactory())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();

        Loader(RuleSource source, Map<String, Class<? extends RuleFile>> kinds) {
            this.source = source;
            this.kinds = Map.copyOf(kinds);
        }

        RulePacks load() {
            Index index = parse("index.yaml", Index.class, new HashMap<>());
            if (index != null) {
                index.packs().forEach(this::loadPack);
                checkReferences();
                RulePacks packs = new RulePacks(manifests, files);
                checkRules();
                reporters.forEach((file, reporter) -> file.validate(reporter, packs));
            }
            if (!problems.isEmpty()) {
                problems.sort(java.util.Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
                throw new RulePackException(problems);
            }
            return new RulePacks(Map.copyOf(manifests), Map.copyOf(files));
        }

        private void loadPack(String pack) {
            String manifestPath = pack + "/manifest.yaml";
            Manifest manifest = parse(manifestPath, Manifest.class, new HashMap<>());
            if (manifest == null) {
                return;
            }
            if (!manifest.pack().equals(pack)) {
                problems.add(new Problem(source.describe(manifestPath), 1,
                        "pack name '" + manifest.pack() + "' does not match its folder '" + pack + "'"));
            }
            manifests.put(pack, manifest);
            List<RuleFile> loaded = new ArrayList<>();
            Set<String> listed = new HashSet<>();
            for (Manifest.Entry entry : manifest.files()) {
                listed.add(entry.path());
                loadFile(pack, entry, manifestPath).ifPresent(loaded::add);
            }
            files.put(pack, loaded);
            listFiles(pack).stream().filter(f -> !listed.contains(f)).forEach(orphan ->
                    problems.add(new Problem(source.describe(pack + "/" + orphan), 0,
                            "file is not listed in " + manifestPath + " (orphan)")));
        }

        private Optional<RuleFile> loadFile(String pack, Manifest.Entry entry, String manifestPath) {
            Class<? extends RuleFile> type = kinds.get(entry.kind());
            if (type == null) {
                problems.add(new Problem(source.describe(manifestPath), 0, "file " + entry.path()
                        + ": unknown kind '" + entry.kind() + "' (known: " + kinds.keySet() + ")"));
                return Optional.empty();
            }
            String path = pack + "/" + entry.path();
            Map<String, Integer> lines = new HashMap<>();
            RuleFile file = parse(path, type, lines);
            if (file != null) {
                reporters.put(file, new Problems(source.describe(path), lines, problems));
            }
            return Optional.ofNullable(file);
        }

        private List<String> listFiles(String pack) {
            try {
                return source.list(pack).orElse(List.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Parses and checks one file; null when it has problems (already reported). */
        private <T> T parse(String path, Class<T> type, Map<String, Integer> lines) {
            String name = source.describe(path);
            String text;
            try {
                Optional<String> read = source.read(path);
                if (read.isEmpty()) {
                    problems.add(new Problem(name, 0, "file is missing"));
                    return null;
                }
                text = read.get();
            } catch (IOException e) {
                problems.add(new Problem(name, 0, "cannot read: " + e.getMessage()));
                return null;
            }
            int before = problems.size();
            Node root;
            try {
                LoaderOptions options = new LoaderOptions();
                options.setAllowDuplicateKeys(false);
                root = new Yaml(options).compose(new StringReader(text));
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
                problems.add(new Problem(name, line, "not valid YAML: " + e.getProblem()));
                return null;
            }
            if (root == null) {
                problems.add(new Problem(name, 0, "file is empty"));
                return null;
            }
            new YamlShapeCheck(name, problems, lines).check(root, type, "");
            if (problems.size() > before) {
                return null;
            }
            try {
                return mapper.readValue(text, type);
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(name, 0, "cannot be read as " + type.getSimpleName() + ": "
                        + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage())));
                return null;
            }
        }

        private void checkReferences() {
            manifests.forEach((pack, manifest) -> {
                for (String used : manifest.uses()) {
                    if (!manifests.containsKey(used)) {
                        problems.add(new Problem(source.describe(pack + "/manifest.yaml"), 0,
                                "uses unknown pack '" + used + "'"));
                    }
                }
                if (manifest.language() != null && !manifest.language().matches("ar|en")) {
                    problems.add(new Problem(source.describe(pack + "/manifest.yaml"), 0,
                            "unknown language '" + manifest.language() + "' (ar or en)"));
                }
            });
        }

        private void checkRules() {
            Map<String, String> ids = new HashMap<>();
            reporters.forEach((file, reporter) -> {
                if (file.negativeExamples() == null || file.negativeExamples().isEmpty()) {
                    reporter.at("negative_examples", "a rule file needs negative examples");
                }
                walkRules(file, "", (rule, path) -> checkRule(rule, path, reporter, ids));
            });
        }

        private void checkRule(Rule rule, String path, Problems reporter, Map<String, String> ids) {
            if (rule.id() == null || !rule.id().matches(ID_FORMAT)) {
                reporter.at(path + "/id", "rule id '" + rule.id() + "' must look like ar.number.compound");
            } else if (ids.putIfAbsent(rule.id(), reporter.file()) != null) {
                reporter.at(path + "/id", "rule id '" + rule.id() + "' is also used in " + ids.get(rule.id()));
            }
            if (rule.name() == null || rule.name().isBlank()) {
                reporter.at(path + "/name", "rule " + rule.id() + " needs a readable name");
            }
            if (rule.examples() == null || rule.examples().positive().isEmpty()) {
                reporter.at(path + "/examples", "rule " + rule.id() + " needs at least one positive example");
            } else if (rule.examples().negative().isEmpty()) {
                reporter.at(path + "/examples", "rule " + rule.id() + " needs at least one negative example");
            }
        }
    }
}
