package com.csptransition.cluster;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The jobs a node has acquired carry its name (ACT_RU_JOB.LOCK_OWNER_), not a random id: an operator, or a test,
 * sees which node holds them. A dead node's jobs stay locked until LOCK_EXP_TIME_ (camunda.bpm.job-execution
 * .lock-time-in-millis), then another node runs them.
 */
@Component
class JobLockOwner extends AbstractProcessEnginePlugin {

    private final ClusterNode node;

    JobLockOwner(ClusterNode node) {
        this.node = node;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(node.name());
        }
    }
}
