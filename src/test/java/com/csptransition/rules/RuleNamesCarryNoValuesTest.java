package com.csptransition.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Rule names are stored in the audit and answered as "rule": a name that embeds a value (an amount, a month, a date,
 * an offer id) lies once an analyst changes the value. Values live in one named place per file.
 */
class RuleNamesCarryNoValuesTest {

    static final Pattern VALUE = Pattern.compile("\\d|USD|\\$|MS-AZR|January|February|March|April|May |June|July|August"
            + "|September|October|November|December");

    @Test
    void noRuleNameEmbedsAValue() {
        RuleSet rules = new RulesEngine(new RulesProperties(Path.of("rules"), false)).current();

        assertThat(rules.ruleNames()).isNotEmpty().noneMatch(name -> VALUE.matcher(name).find());
    }
}
