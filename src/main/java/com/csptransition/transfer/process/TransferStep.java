package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** What the transfer's delegates share: the request the process is about, who acts, and when. */
abstract class TransferStep {

    protected final TransferRequestRepository transfers;
    private final IdentityService identityService;
    private final Clock clock;

    TransferStep(TransferRequestRepository transfers, IdentityService identityService, Clock clock) {
        this.transfers = transfers;
        this.identityService = identityService;
        this.clock = clock;
    }

    /** The request is the process's business key, fixed when it starts: no variable a user can set names it. */
    static TransferRequest request(TransferRequestRepository transfers, DelegateExecution execution) {
        String id = execution.getProcessBusinessKey();
        return transfers.findById(id).orElseThrow(() -> new IllegalStateException("no transfer request " + id));
    }

    TransferRequest request(DelegateExecution execution) {
        return request(transfers, execution);
    }

    TransferRequest request(DelegateTask task) {
        return request(transfers, task.getExecution());
    }

    String actor(VariableScope scope) {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication != null) {
            return authentication.getUserId();
        }
        Object actor = scope.getVariable(TransferProcess.ACTOR);
        return actor != null ? actor.toString() : "system";
    }

    Instant now() {
        return Instant.now(clock);
    }
}
