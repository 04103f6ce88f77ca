package com.csptransition.rules;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the analysts' rule files live, and whether edits there are picked up without a call. */
@ConfigurationProperties("csp.rules")
public record RulesProperties(@DefaultValue("rules") Path directory, @DefaultValue("true") boolean watch) {
}
