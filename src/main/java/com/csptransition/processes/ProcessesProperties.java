package com.csptransition.processes;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the analysts' BPMN files (and their forms) live. */
@ConfigurationProperties("csp.processes")
public record ProcessesProperties(@DefaultValue("processes") Path directory) {
}
