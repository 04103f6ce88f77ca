package com.csptransition.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kie.api.KieServices;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * Compiles the rule files concern by concern (concerns.yaml says which files each one has). A concern whose files
 * did not change since the previous generation is taken over as it was; errors are reported as file:line, and
 * only those of changed files when a changed file has any (an untouched file's follow-on errors are noise).
 */
public final class RuleCompiler {

    /** Reads every .drl and concerns.yaml of the folder. */
    public static Map<String, String> read(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            Map<String, String> sources = new TreeMap<>();
            for (Path file : files.filter(f -> isDrl(f.toString()) || f.endsWith(Concerns.FILE)).toList()) {
                sources.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules from " + directory.toAbsolutePath(), e);
        }
    }

    /**
     * @param sources file name to text, concerns.yaml included
     * @param previous the generation serving now (null: none), whose unchanged concerns are reused
     */
    public RuleSet compile(Map<String, String> sources, RuleSet previous, String loadedBy) {
        Set<String> drlFiles = sources.keySet().stream().filter(RuleCompiler::isDrl)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (drlFiles.isEmpty()) {
            throw new RuleCompilationException(List.of(new RuleError(".", 0, "no .drl rule file found")));
        }
        Concerns concerns = Concerns.parse(sources.get(Concerns.FILE), drlFiles);
        Set<String> changed = drlFiles.stream()
                .filter(f -> previous == null || !Objects.equals(previous.sources().get(f), sources.get(f)))
                .collect(Collectors.toSet());
        Map<String, CompiledConcern> compiled = new ConcurrentHashMap<>();
        Set<RuleError> errors = ConcurrentHashMap.newKeySet();
        // changed concerns compile side by side: a file shared by two concerns costs one compile's time, not two
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        concerns.filesByConcern().entrySet().parallelStream().forEach(concern -> inContext(application, () -> {
            String name = concern.getKey();
            List<String> files = concern.getValue();
            String key = hash(files.stream().collect(Collectors.toMap(f -> f, sources::get, (a, b) -> a, TreeMap::new)));
            CompiledConcern before = previous == null ? null : previous.concerns().get(name);
            if (before != null && before.key().equals(key)) {
                compiled.put(name, before);
            } else {
                KnowledgeBuilder builder = build(files, sources);
                if (builder.hasErrors()) {
                    builder.getErrors().stream().filter(e -> !e.getMessage().contains("Parser returned a null Package"))
                            .forEach(e -> errors.add(error(e)));
                } else {
                    compiled.put(name, CompiledConcern.of(name, files, key, builder.newKieBase()));
                }
            }
        }));
        if (!errors.isEmpty()) {
            List<RuleError> inChanged = errors.stream().filter(e -> changed.contains(e.file())).toList();
            throw new RuleCompilationException((inChanged.isEmpty() ? errors.stream() : inChanged.stream())
                    .sorted(Comparator.comparing(RuleError::file).thenComparingInt(RuleError::line)).toList());
        }
        return new RuleSet(hash(sources), Map.copyOf(sources), Map.copyOf(compiled), Instant.now(), loadedBy);
    }

    /**
     * Runs with the given context class loader. A common pool thread has the system class loader, which in the
     * packaged jar sees none of Drools: KieServices.get() was null there and the service did not start.
     */
    private static void inContext(ClassLoader loader, Runnable action) {
        Thread thread = Thread.currentThread();
        ClassLoader had = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            action.run();
        } finally {
            thread.setContextClassLoader(had);
        }
    }

    private static KnowledgeBuilder build(List<String> files, Map<String, String> sources) {
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        // facts are immutable and never modified, so property reactivity buys nothing
        configuration.setProperty("drools.propertySpecific", "ALLOWED");
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        CompositeKnowledgeBuilder batch = builder.batch(); // one file may use the types another declares
        for (String file : files) {
            Resource resource = KieServices.get().getResources()
                    .newByteArrayResource(sources.get(file).getBytes(StandardCharsets.UTF_8)).setSourcePath(file);
            batch.add(resource, ResourceType.DRL);
        }
        batch.build();
        return builder;
    }

    private static RuleError error(KnowledgeBuilderError error) {
        String file = error.getResource() == null ? Concerns.FILE : error.getResource().getSourcePath();
        int line = error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0;
        return new RuleError(file, Math.max(line, 0), error.getMessage().strip());
    }

    private static boolean isDrl(String file) {
        return file.endsWith(".drl");
    }

    static String hash(Map<String, String> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(sources).forEach((file, text) -> {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
