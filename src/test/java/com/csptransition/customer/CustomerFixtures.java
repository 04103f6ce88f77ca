package com.csptransition.customer;

import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;

/** Puts back what a customer test made through the API: the import never deletes records the API made. */
public final class CustomerFixtures {

    private CustomerFixtures() {
    }

    /** Deletes every order, these subscriptions and these customers (with their relationships and acceptances). */
    public static void forget(JdbcTemplate jdbc, Collection<String> subscriptions, Collection<String> customers) {
        jdbc.update("delete from customer_order_line");
        jdbc.update("delete from customer_order");
        subscriptions.forEach(id -> jdbc.update("delete from subscription where id = ?", id));
        customers.forEach(id -> {
            jdbc.update("delete from reseller_relationship where customer_id = ?", id);
            jdbc.update("delete from mca_acceptance where customer_id = ?", id);
            jdbc.update("delete from customer where id = ?", id);
        });
    }

    /** Deletes the partner's attestation of the customer's MCA acceptance. */
    public static void forgetAttestation(JdbcTemplate jdbc, String customer, String partner) {
        jdbc.update("delete from mca_acceptance where customer_id = ? and partner_id = ? and method = ?", customer,
                partner, McaMethod.PARTNER_ATTESTATION.name());
    }
}
