package com.csptransition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst saves a DRL file: the service serves it without a call; a broken save changes nothing. */
class RulesWatcherTest {

    @TempDir
    Path rules;

    RulesWatcher watcher;

    @AfterEach
    void stop() throws IOException {
        watcher.destroy();
    }

    @Test
    void aSavedFileIsServedAndABrokenSaveIsIgnored() throws IOException {
        Files.writeString(rules.resolve("length.drl"), RuleCompilerTest.GOOD);
        Files.writeString(rules.resolve("concerns.yaml"), "good: [length.drl]\n");
        RulesProperties properties = new RulesProperties(rules, true);
        RulesEngine engine = new RulesEngine(properties);
        watcher = new RulesWatcher(engine, properties);
        watcher.start();
        String first = engine.current().version();

        Files.writeString(rules.resolve("length.drl"), RuleCompilerTest.GOOD.replace("length > 3", "length > 5"));

        await().atMost(Duration.ofSeconds(30)).until(() -> !engine.current().version().equals(first));
        assertThat(engine.evaluate("good", List.of("abcd")).reasons()).isEmpty();
        RuleSet edited = engine.current();

        Files.writeString(rules.resolve("length.drl"), "rule \"broken\" when then");

        // give the watcher the time a reload takes, then check nothing changed
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(engine.current()).isSameAs(edited);
    }
}
