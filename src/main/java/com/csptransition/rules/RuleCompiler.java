package com.csptransition.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/** Compiles every *.drl of a folder into one KieBase, or reports every error as file:line. */
public final class RuleCompiler {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final AtomicLong BUILDS = new AtomicLong();
    /** Sessions kept for reuse: a new session allocates its node memories again. */
    private static final int SESSION_POOL_SIZE = Runtime.getRuntime().availableProcessors() * 2;

    private final KieServices kieServices = KieServices.Factory.get();

    public RuleSet compile(Path directory) {
        Map<String, String> sources = read(directory);
        if (sources.isEmpty()) {
            throw new RuleCompilationException(List.of(new RuleError(directory.toString(), 0, "no .drl rule file found")));
        }
        ReleaseId releaseId = kieServices.newReleaseId("com.csptransition", "rules", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem fileSystem = kieServices.newKieFileSystem().generateAndWritePomXML(releaseId)
                .writeKModuleXML(kieModule().toXML());
        Map<String, String> fileOfPath = new LinkedHashMap<>();
        sources.forEach((file, text) -> {
            // Drools warns unless a rule file sits under a folder that matches its package
            Matcher m = PACKAGE.matcher(text);
            String folder = m.find() ? m.group(1).replace('.', '/') + "/" : "";
            fileOfPath.put(folder + file, file); // messages name the path below src/main/resources
            fileSystem.write("src/main/resources/" + folder + file, text);
        });
        KieBuilder builder = kieServices.newKieBuilder(fileSystem).buildAll();
        try {
            List<RuleError> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                    .filter(msg -> !msg.getText().contains("Parser returned a null Package"))
                    .map(msg -> new RuleError(fileOfPath.getOrDefault(msg.getPath(), String.valueOf(msg.getPath())),
                            msg.getLine(), msg.getText().strip()))
                    .toList();
            if (!errors.isEmpty()) {
                throw new RuleCompilationException(errors);
            }
            KieContainer container = kieServices.newKieContainer(releaseId);
            return new RuleSet(container.newKieSessionsPool(SESSION_POOL_SIZE), hash(sources),
                    List.copyOf(sources.keySet()), ruleNames(container.getKieBase()), Instant.now());
        } finally {
            kieServices.getRepository().removeKieModule(releaseId); // or every reload stays in memory
        }
    }

    private KieModuleModel kieModule() {
        KieModuleModel module = kieServices.newKieModuleModel()
                // facts are immutable and never modified, so property reactivity buys nothing
                .setConfigurationProperty("drools.propertySpecific", "ALLOWED");
        module.newKieBaseModel("rules").setDefault(true).addPackage("*")
                .newKieSessionModel("session").setDefault(true);
        return module;
    }

    private static Map<String, String> read(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            Map<String, String> sources = new LinkedHashMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                sources.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules from " + directory.toAbsolutePath(), e);
        }
    }

    private static List<String> ruleNames(KieBase kieBase) {
        List<String> names = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            kiePackage.getRules().stream().map(Rule::getName).sorted().forEach(names::add);
        }
        return names;
    }

    private static String hash(Map<String, String> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            sources.forEach((file, text) -> {
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
