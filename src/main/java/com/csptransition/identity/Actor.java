package com.csptransition.identity;

import java.util.Set;

/** Fact for rules/who-may-act.drl: the signed-in user, its organisation (partner tenant id) and its roles there. */
public record Actor(String userId, String organisationId, Set<Role> roles) {

    static Actor of(Caller caller) {
        return new Actor(caller.userId(), caller.organisationId(), Set.copyOf(caller.roles()));
    }
}
