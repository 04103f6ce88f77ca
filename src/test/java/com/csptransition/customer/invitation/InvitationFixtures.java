package com.csptransition.customer.invitation;

import com.csptransition.customer.invitation.process.InvitationProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;

/** Puts invitation tests' data back: no invitation, process or notice left, nor the new customer a link made. */
final class InvitationFixtures {

    private InvitationFixtures() {
    }

    static void forget(RuntimeService runtime, JdbcTemplate jdbc, String newCustomer) {
        runtime.createProcessInstanceQuery().processDefinitionKey(InvitationProcess.KEY).list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
        jdbc.update("delete from reseller_invitation");
        jdbc.update("delete from notification");
        jdbc.update("delete from reseller_relationship where customer_id = ?", newCustomer);
        jdbc.update("delete from customer where id = ?", newCustomer);
    }
}
