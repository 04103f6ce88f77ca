package com.csptransition.transfer.process;

import org.camunda.bpm.engine.ProcessEngineException;

/** A user may not complete a transfer task: wrong organisation or role. */
public class TransferTaskRefused extends ProcessEngineException {

    public TransferTaskRefused(String message) {
        super(message);
    }
}
