package com.csptransition.transfer;

import com.csptransition.ApiTestSupport;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.notification.Notification;
import com.csptransition.notification.NotificationRepository;
import java.util.List;
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
    @Autowired
    protected NotificationRepository outbox;

    /** The notices of this kind about the request (their body names it), oldest first. */
    protected List<Notification> noticesAbout(String transferId, String kind) {
        return outbox.findAll().stream().filter(n -> n.getKind().equals(kind) && n.getBody().contains(transferId))
                .toList();
    }

    @AfterEach
    void endEveryTransfer() {
        TransferFixtures.reset(runtime, transfers, subscriptions, tx);
    }
}
