package com.csptransition.transfer;

import com.csptransition.ApiTestSupport;
import com.csptransition.customer.SubscriptionRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Transfer tests: each leaves no process or request behind, so the next starts from free subscriptions. */
abstract class TransferTestSupport extends ApiTestSupport {

    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected TransferRequestRepository transfers;
    @Autowired
    protected SubscriptionRepository subscriptions;
    @Autowired
    protected TransactionTemplate tx;

    @AfterEach
    void endEveryTransfer() {
        TransferFixtures.reset(runtime, transfers, subscriptions, tx);
    }
}
