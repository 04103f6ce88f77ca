package com.csptransition.identity;

import java.util.Collection;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Creates organisation and role groups and their users in Camunda's identity service. */
@Service
public class UserDirectory {

    private final IdentityService identityService;
    private final CamundaIdentityAuthentication authentication;

    public UserDirectory(IdentityService identityService, CamundaIdentityAuthentication authentication) {
        this.identityService = identityService;
        this.authentication = authentication;
    }

    /** Creates the user if missing and makes it a member of its organisation and role groups. */
    public void ensureUser(String userId, String password, String name, String organisationId, String organisationName,
            Collection<Role> roles) {
        if (identityService.createUserQuery().userId(userId).singleResult() == null) {
            User user = identityService.newUser(userId);
            user.setFirstName(name);
            user.setLastName("");
            user.setPassword(password);
            identityService.saveUser(user);
        }
        if (organisationId != null) {
            ensureGroup(organisationId, organisationName, Caller.ORGANISATION_GROUP_TYPE);
            ensureMembership(userId, organisationId);
        }
        for (Role role : roles) {
            ensureGroup(role.groupId(), role.name().replace('_', ' ').toLowerCase(), Role.GROUP_TYPE);
            ensureMembership(userId, role.groupId());
        }
        authentication.forget(userId); // a change made here applies at once
    }

    /** Creates the group if missing. Who may open the Tasklist, and with which filters: processes.TasklistFilters. */
    private void ensureGroup(String groupId, String name, String type) {
        if (identityService.createGroupQuery().groupId(groupId).singleResult() != null) {
            return;
        }
        Group group = identityService.newGroup(groupId);
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }

    private void ensureMembership(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }
}
