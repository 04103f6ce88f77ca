package com.csptransition.cluster;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Camunda's engine starts once Flyway has migrated, and so within the node's startup turn (StartupLock): its tables
 * are Flyway's (V14, CamundaSchema), the engine only checks them (camunda.bpm.database.schema-update: false).
 */
@Component
class EngineAfterSchema extends AbstractDependsOnBeanFactoryPostProcessor {

    EngineAfterSchema() {
        super(ProcessEngine.class, ProcessEngineFactoryBean.class, "flywayInitializer");
    }
}
