package com.csptransition.customer;

import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Gives a customer a new facts stamp (customer.facts_stamp) in every transaction that changes its facts: its row, its
 * reseller relationships and MCA acceptances, or one of its subscriptions. Whoever remembers an answer per customer
 * (the transition board) compares stamps instead of reading every subscription again, on any node. Every change made
 * through JPA is stamped, just before its commit; a change made by hand in SQL must set a new stamp too (README).
 */
@Component
class CustomerFactsStamp implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

    /** The customers a session's transaction changed so far; stamped once each, just before it commits. */
    private final Map<SharedSessionContractImplementor, Set<String>> changed = new ConcurrentHashMap<>();

    CustomerFactsStamp(EntityManagerFactory entityManagers) {
        EventListenerRegistry listeners = entityManagers.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_INSERT, this);
        listeners.appendListeners(EventType.POST_UPDATE, this);
        listeners.appendListeners(EventType.POST_DELETE, this);
        listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
        listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
        listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getSession(), customerOf(event.getEntity()));
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getSession(), customerOf(event.getEntity()));
        if (event.getEntity() instanceof Subscription && event.getOldState() != null) { // moved to another customer
            Object before = event.getOldState()[event.getPersister().getPropertyIndex("customerId")];
            changed(event.getSession(), (String) before);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getSession(), customerOf(event.getEntity()));
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collection(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        collection(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        collection(event);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void collection(AbstractCollectionEvent event) {
        changed(event.getSession(), customerOf(event.getAffectedOwnerOrNull()));
    }

    private static String customerOf(Object entity) {
        return entity instanceof Customer customer ? customer.getId()
                : entity instanceof Subscription subscription ? subscription.getCustomerId() : null;
    }

    private void changed(EventSource session, String customerId) {
        if (customerId == null) {
            return;
        }
        Set<String> customers = changed.computeIfAbsent(session, first -> {
            // after the flush that made the changes, before the commit: in the same transaction
            session.getActionQueue().registerProcess(this::stamp);
            // a rollback stamps nothing, and forgets
            session.getActionQueue().registerProcess((success, ended) -> changed.remove(ended));
            return new TreeSet<>();
        });
        customers.add(customerId);
    }

    /** In id order, one stamp for the transaction: two transactions stamping the same customers never deadlock. */
    private void stamp(SharedSessionContractImplementor session) {
        Set<String> customers = changed.remove(session);
        if (customers == null || customers.isEmpty()) {
            return;
        }
        String stamp = UUID.randomUUID().toString();
        session.doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update customer set facts_stamp = ? where id = ?")) {
                for (String customer : customers) {
                    update.setString(1, stamp);
                    update.setString(2, customer);
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }
}
