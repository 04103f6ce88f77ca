package com.csptransition.rules;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Serves the rules compiled from the rules folder. A reload swaps the rules only when the files compile, and
 * compiles only the concerns whose files changed.
 */
@Component
public class RulesEngine {

    private static final Logger log = LoggerFactory.getLogger(RulesEngine.class);

    private final RulesProperties properties;
    private final RuleCompiler compiler = new RuleCompiler();
    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private final List<Consumer<RuleSet>> onLoad = new CopyOnWriteArrayList<>();

    public RulesEngine(RulesProperties properties) {
        this.properties = properties;
        reload("startup");
    }

    /** Compiles the rules folder again; on errors throws and keeps the rules that were serving. */
    public synchronized RuleSet reload(String loadedBy) {
        long started = System.nanoTime();
        RuleSet previous = current.get();
        RuleSet next = compiler.compile(RuleCompiler.read(properties.directory()), previous, loadedBy);
        current.set(next);
        if (previous == null || !previous.version().equals(next.version())) {
            log.info("Rules version {} loaded from {} by {} in {} ms: {} concerns, {} rules", next.version(),
                    properties.directory().toAbsolutePath(), loadedBy, (System.nanoTime() - started) / 1_000_000,
                    next.concerns().size(), next.ruleNames().size());
        }
        onLoad.forEach(listener -> listener.accept(next));
        return next;
    }

    /** Compiles draft files over the serving ones without serving them (what-if); errors throw as in a reload. */
    public RuleSet draft(Map<String, String> draftFiles, String by) {
        RuleSet serving = current.get();
        Map<String, String> sources = new TreeMap<>(serving.sources());
        sources.putAll(draftFiles);
        return compiler.compile(sources, serving, by);
    }

    /** Called with every generation loaded from now on (and not with the one serving). */
    public void onLoad(Consumer<RuleSet> listener) {
        onLoad.add(listener);
    }

    public RuleSet current() {
        return current.get();
    }

    /** Fires the concern's rules, and only those, on the facts. */
    public Evaluation evaluate(String concern, Collection<?> facts) {
        return current.get().evaluate(concern, facts);
    }
}
