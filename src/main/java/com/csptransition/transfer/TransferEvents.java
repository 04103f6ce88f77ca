package com.csptransition.transfer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One INFO line per business event of a transfer, with its id; the request's ids come from the MDC
 * (web.RequestIdFilter). Logged when the change commits, so a lost race (rolled back, 409) logs no event.
 */
final class TransferEvents {

    private static final Logger log = LoggerFactory.getLogger(TransferEvents.class);

    private TransferEvents() {
    }

    static void happened(TransferRequest request, String event, String user) {
        String id = request.getId();
        Runnable line = () -> log.info("Transfer {} {} by {} (customer {})", id, event, user, request.getCustomerId());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    line.run();
                }
            });
        } else {
            line.run();
        }
    }
}
