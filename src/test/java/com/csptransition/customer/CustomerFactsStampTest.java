package com.csptransition.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csptransition.ApiTestSupport;
import com.csptransition.postgres.AlsoOnPostgres;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change of a customer's facts made through JPA gives it a new facts stamp, in the transaction that makes it; a
 * rollback or a read gives none. The transition board trusts the stamp to skip reading unchanged facts.
 */
@AlsoOnPostgres
class CustomerFactsStampTest extends ApiTestSupport {

    @Autowired
    CustomerRepository customers;
    @Autowired
    SubscriptionRepository subscriptions;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forget() {
        subscriptions.findById("stamp-test").ifPresent(subscriptions::delete);
        // as the demo bundle has it (the next test's import keeps what the API recorded)
        jdbc.update("update subscription set quantity = 60, status = 'ACTIVE' where id = 'litware-intune'");
        jdbc.update("update customer set facts_stamp = ? where id = ?", UUID.randomUUID().toString(), LITWARE);
    }

    record Change(String what, BiConsumer<CustomerRepository, SubscriptionRepository> change) {

        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                new Change("its name", (c, s) -> {
                    Customer litware = c.findById(LITWARE).orElseThrow();
                    litware.update("Litware Inc.", litware.getAcquiredAs(), litware.getResellerRelationships(),
                            litware.getMcaAcceptances());
                }),
                new Change("a reseller relationship", (c, s) -> c.findById(LITWARE).orElseThrow()
                        .addReseller(new ResellerRelationship(ADATUM, false))),
                new Change("an MCA acceptance", (c, s) -> c.findById(LITWARE).orElseThrow()
                        .accept(new McaAcceptance(McaMethod.PARTNER_ATTESTATION, ADATUM, null))),
                new Change("a subscription's quantity", (c, s) -> s.findById("litware-intune").orElseThrow()
                        .changeQuantity(61)),
                new Change("a new subscription", (c, s) -> {
                    Subscription added = new Subscription("stamp-test");
                    added.update(LITWARE, CONTOSO, "O-1", "Offer", OfferKind.LICENSE_BASED, null, 1, "monthly",
                            SubscriptionStatus.ACTIVE, null);
                    s.save(added);
                }),
                new Change("a subscription suspended", (c, s) -> s.findById("litware-intune").orElseThrow().suspend()))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangeOfTheCustomersFactsGivesANewStamp(Change change) {
        String before = stamp(LITWARE);
        String other = stamp(COHO);
        tx.executeWithoutResult(t -> change.change().accept(customers, subscriptions));
        assertThat(stamp(LITWARE)).isNotEqualTo(before);
        assertThat(stamp(COHO)).isEqualTo(other);
    }

    @Test
    void aSubscriptionDeletedOrMovedStampsBothCustomers() {
        tx.executeWithoutResult(t -> {
            Subscription added = new Subscription("stamp-test");
            added.update(LITWARE, CONTOSO, "O-1", "Offer", OfferKind.LICENSE_BASED, null, 1, "monthly",
                    SubscriptionStatus.ACTIVE, null);
            subscriptions.save(added);
        });
        String litware = stamp(LITWARE);
        String coho = stamp(COHO);
        tx.executeWithoutResult(t -> {
            Subscription moved = subscriptions.findById("stamp-test").orElseThrow();
            moved.update(COHO, CONTOSO, "O-1", "Offer", OfferKind.LICENSE_BASED, null, 1, "monthly",
                    SubscriptionStatus.ACTIVE, null);
        });
        assertThat(stamp(LITWARE)).isNotEqualTo(litware);
        assertThat(stamp(COHO)).isNotEqualTo(coho);
        coho = stamp(COHO);
        tx.executeWithoutResult(t -> subscriptions.deleteById("stamp-test"));
        assertThat(stamp(COHO)).isNotEqualTo(coho);
    }

    @Test
    void aRollbackOrAReadGivesNone() {
        String before = stamp(LITWARE);
        assertThatThrownBy(() -> tx.executeWithoutResult(t -> {
            subscriptions.findById("litware-intune").orElseThrow().changeQuantity(62);
            subscriptions.flush();
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        tx.executeWithoutResult(t -> {
            customers.findById(LITWARE).orElseThrow().getMcaAcceptances();
            subscriptions.findById("litware-intune").orElseThrow();
        });
        assertThat(stamp(LITWARE)).isEqualTo(before);
        assertThat(subscriptions.findById("litware-intune").orElseThrow().getQuantity()).isNotEqualTo(62);
    }

    private String stamp(String customer) {
        return jdbc.queryForObject("select facts_stamp from customer where id = ?", String.class, customer);
    }
}
