package com.csptransition.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the REST caller, so Camunda's authorizations and the BPMN's task listeners see the same
 * user they would see in the Tasklist.
 */
@Component
public class EngineUser {

    private final IdentityService identityService;

    public EngineUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T as(Caller caller, Supplier<T> work) {
        List<String> groups = new ArrayList<>();
        if (caller.organisationId() != null) {
            groups.add(caller.organisationId());
        }
        caller.roles().forEach(role -> groups.add(role.groupId()));
        if (caller.administrator()) {
            groups.add(Caller.ADMIN_GROUP);
        }
        identityService.setAuthentication(caller.userId(), groups);
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public void run(Caller caller, Runnable work) {
        as(caller, () -> {
            work.run();
            return null;
        });
    }
}
