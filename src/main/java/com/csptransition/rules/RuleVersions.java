package com.csptransition.rules;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Keeps every rules generation that served (version, who, when, the text of its files) and diffs two of them. */
@Component
public class RuleVersions {

    private final RulesEngine engine;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    RuleVersions(RulesEngine engine, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void keepServingAndLoaded() {
        keep(engine.current());
        engine.onLoad(this::keep);
    }

    /** Stores the generation unless it is known (the same files loaded again, or by another node). */
    void keep(RuleSet rules) {
        if (known(rules.version())) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.update("insert into rule_version (version, loaded_at, loaded_by) values (?, ?, ?)",
                        rules.version(), Timestamp.from(rules.loadedAt()), rules.loadedBy());
                rules.sources().forEach((file, text) -> jdbc.update(
                        "insert into rule_version_file (version, file_name, content) values (?, ?, ?)",
                        rules.version(), file, text));
            });
        } catch (DuplicateKeyException raced) {
            // another node stored the same files first
        }
    }

    private boolean known(String version) {
        return !jdbc.queryForList("select 1 from rule_version where version = ?", Integer.class, version).isEmpty();
    }

    public List<Version> list() {
        return jdbc.query("select version, loaded_at, loaded_by from rule_version order by loaded_at desc, version",
                (rs, i) -> new Version(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        engine.current().version().equals(rs.getString(1))));
    }

    /** The text of each file of a version; null when the version is unknown. */
    public Map<String, String> files(String version) {
        if (!known(version)) {
            return null;
        }
        Map<String, String> files = new TreeMap<>();
        jdbc.query("select file_name, content from rule_version_file where version = ?",
                rs -> {
                    files.put(rs.getString(1), rs.getString(2));
                }, version);
        return files;
    }

    /** Every file that differs between the two, as a unified diff; null when either version is unknown. */
    public Diff diff(String from, String to) {
        Map<String, String> before = files(from);
        Map<String, String> after = files(to);
        if (before == null || after == null) {
            return null;
        }
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<FileDiff> changed = names.stream()
                .filter(name -> !Objects.equals(before.get(name), after.get(name)))
                .map(name -> fileDiff(name, before.get(name), after.get(name))).toList();
        return new Diff(from, to, changed);
    }

    private static FileDiff fileDiff(String name, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(before == null ? "/dev/null" : "a/" + name,
                after == null ? "/dev/null" : "b/" + name, a, DiffUtils.diff(a, b), 3);
        String change = before == null ? "ADDED" : after == null ? "REMOVED" : "CHANGED";
        return new FileDiff(name, change, String.join("\n", unified) + "\n");
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }

    public record Version(String version, Instant loadedAt, String loadedBy, boolean serving) {
    }

    public record FileDiff(String file, String change, String diff) {
    }

    public record Diff(String from, String to, List<FileDiff> files) {
    }
}
