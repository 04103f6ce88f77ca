package com.csptransition.rules.scenario;

import com.csptransition.rules.RuleSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fact classes a concern's rules name, found as the DRL finds them: its files' imports (nested classes such
 * as CapabilityFacts.ActingPartner included) and packages. So a scenario names a fact as the rules do.
 */
final class FactTypes {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile(
            "^\\s*import\\s+(?!function\\s|static\\s|accumulate\\s)([\\w.]+(?:\\.\\*)?)", Pattern.MULTILINE);
    private static final Pattern DECLARE = Pattern.compile("^\\s*declare\\s+(?:trait\\s+)?(\\w+)", Pattern.MULTILINE);

    private final String concern;
    private final List<String> files;
    private final Set<String> packages = new LinkedHashSet<>();
    private final Set<String> imports = new LinkedHashSet<>();
    private final Set<String> declared = new LinkedHashSet<>();

    private FactTypes(String concern, List<String> files) {
        this.concern = concern;
        this.files = files;
    }

    /** @throws ScenarioProblem (line 1) when the rules have no such concern */
    static FactTypes of(RuleSet rules, String concern) {
        List<String> files = rules.filesByConcern().get(concern);
        if (files == null) {
            throw new ScenarioProblem(1, "no concern '" + concern + "' in concerns.yaml (the file name names the"
                    + " concern); there are " + rules.filesByConcern().keySet());
        }
        FactTypes types = new FactTypes(concern, files);
        for (String file : files) {
            String text = rules.sources().getOrDefault(file, "");
            collect(PACKAGE, text, types.packages);
            collect(IMPORT, text, types.imports);
            collect(DECLARE, text, types.declared);
        }
        return types;
    }

    /** The record class the concern's rules know by this name. */
    Class<?> resolve(String name) {
        if (declared.contains(name)) {
            throw new IllegalArgumentException(name + " is declared in the DRL: the rules insert it themselves");
        }
        List<String> candidates = new ArrayList<>();
        if (name.contains(".")) {
            candidates.add(name);
        }
        for (String imported : imports) {
            if (imported.endsWith("." + name)) {
                candidates.add(imported);
            } else if (imported.endsWith(".*")) {
                candidates.add(imported.substring(0, imported.length() - 1) + name);
            }
        }
        packages.forEach(p -> candidates.add(p + "." + name));
        for (String candidate : candidates) {
            Class<?> type = load(candidate);
            if (type != null) {
                if (!type.isRecord()) {
                    throw new IllegalArgumentException(type.getName() + " is not a record: a scenario builds records");
                }
                return type;
            }
        }
        throw new IllegalArgumentException("the rules of concern '" + concern + "' (" + String.join(", ", files)
                + ") know no fact type " + name);
    }

    /** a.b.Outer.Inner is the class a.b.Outer$Inner. */
    private static Class<?> load(String name) {
        String binary = name;
        while (true) {
            try {
                return Class.forName(binary, false, FactTypes.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = binary.lastIndexOf('.');
                if (dot < 0) {
                    return null;
                }
                binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
            }
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }
}
