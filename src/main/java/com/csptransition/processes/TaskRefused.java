package com.csptransition.processes;

import org.camunda.bpm.engine.ProcessEngineException;

/** A user may not hold or complete a task: wrong organisation or role. Answered 403 at every door. */
public class TaskRefused extends ProcessEngineException {

    public TaskRefused(String message) {
        super(message);
    }
}
