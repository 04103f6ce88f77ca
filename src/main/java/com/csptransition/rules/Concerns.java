package com.csptransition.rules;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** rules/concerns.yaml read: the files of each concern, checked against the folder, errors as file:line. */
record Concerns(Map<String, List<String>> filesByConcern) {

    static final String FILE = "concerns.yaml";

    /** @param drlFiles the .drl files of the folder (or the draft) */
    static Concerns parse(String text, java.util.Set<String> drlFiles) {
        if (text == null) {
            throw new RuleCompilationException(List.of(new RuleError(FILE, 0,
                    "not found: it lists the rule files of each concern")));
        }
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new RuleCompilationException(List.of(new RuleError(FILE, e.getProblemMark().getLine() + 1,
                    e.getProblem())));
        }
        List<RuleError> errors = new ArrayList<>();
        Map<String, List<String>> concerns = new LinkedHashMap<>();
        if (!(root instanceof MappingNode mapping)) {
            throw new RuleCompilationException(List.of(new RuleError(FILE, 1,
                    "expected 'concern: [rule files]' entries")));
        }
        for (NodeTuple entry : mapping.getValue()) {
            int line = entry.getKeyNode().getStartMark().getLine() + 1;
            if (!(entry.getKeyNode() instanceof ScalarNode key) || !(entry.getValueNode() instanceof SequenceNode files)) {
                errors.add(new RuleError(FILE, line, "expected a concern name with a list of rule files"));
                continue;
            }
            List<String> names = new ArrayList<>();
            for (Node file : files.getValue()) {
                int fileLine = file.getStartMark().getLine() + 1;
                String name = file instanceof ScalarNode scalar ? scalar.getValue() : null;
                if (name == null || !drlFiles.contains(name)) {
                    errors.add(new RuleError(FILE, fileLine, "concern '" + key.getValue() + "' lists " + name
                            + ", which is not a .drl file of the rules folder"));
                } else {
                    names.add(name);
                }
            }
            concerns.put(key.getValue(), List.copyOf(names));
        }
        for (String drl : drlFiles) {
            if (concerns.values().stream().noneMatch(files -> files.contains(drl))) {
                errors.add(new RuleError(drl, 1, "not listed under any concern in " + FILE + ": its rules would never run"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleCompilationException(errors);
        }
        return new Concerns(Map.copyOf(concerns));
    }
}
