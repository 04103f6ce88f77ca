package com.csptransition.cluster;

import java.lang.management.ManagementFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's name among the nodes sharing one database: who holds a scheduled-work lock, who claimed an outbox
 * row. csp.cluster.node-name, by default the JVM's pid@host (unique while the process lives).
 */
@Component
public class ClusterNode {

    private final String name;

    public ClusterNode(@Value("${csp.cluster.node-name:}") String name) {
        this.name = name.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : name;
    }

    public String name() {
        return name;
    }
}
