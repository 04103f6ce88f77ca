package com.csptransition.processes;

import org.camunda.bpm.engine.ProcessEngineException;

/** A user may not complete a task: wrong organisation or role. */
public class TaskRefused extends ProcessEngineException {

    public TaskRefused(String message) {
        super(message);
    }
}
