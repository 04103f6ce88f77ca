package com.csptransition.transfer;

import com.csptransition.ApiTestSupport;
import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.identity.Caller;
import com.csptransition.identity.Role;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.support.TransactionTemplate;

/** Creating requests on the demo data, and putting them back: each test starts from free subscriptions. */
public final class TransferFixtures {

    static final Caller CONTOSO_ADMIN = new Caller("contoso-admin", ApiTestSupport.CONTOSO, Set.of(Role.ADMIN_AGENT), false);

    private TransferFixtures() {
    }

    static CreateTransfer litwareToNorthwind(String... subscriptionIds) {
        return new CreateTransfer(ApiTestSupport.CONTOSO, ApiTestSupport.NORTHWIND,
                Stream.of(subscriptionIds).map(CreateTransfer.LineItem::new).toList());
    }

    /** Ends every process and request and re-imports the demo data, so subscriptions are free and active again. */
    public static void reset(RuntimeService runtime, TransferRequestRepository transfers, SubscriptionRepository subscriptions,
            TransactionTemplate tx) {
        tx.executeWithoutResult(status -> {
            runtime.createProcessInstanceQuery().list()
                    .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
            // add-on lines before their bases' (TransferLine names its base by id, so Hibernate cannot order them)
            transfers.findAll().forEach(TransferRequest::removeAddOnLines);
            transfers.flush();
            transfers.deleteAll();
            List<Subscription> copies = subscriptions.findAll().stream()
                    .filter(s -> s.getPartnerId().equals(ApiTestSupport.NORTHWIND) && !s.getId().startsWith("alpine"))
                    .toList();
            // add-ons before their bases
            subscriptions.deleteAll(copies.stream().filter(s -> s.getBaseSubscriptionId() != null).toList());
            subscriptions.flush();
            subscriptions.deleteAll(copies.stream().filter(s -> s.getBaseSubscriptionId() == null).toList());
        });
    }
}
