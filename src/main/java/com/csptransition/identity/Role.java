package com.csptransition.identity;

import java.util.Arrays;
import java.util.Optional;

/** The Partner Center roles the guide names; each is a Camunda group of type "role". */
public enum Role {
    GLOBAL_ADMIN("global-admin"),
    ADMIN_AGENT("admin-agent"),
    SALES_AGENT("sales-agent");

    public static final String GROUP_TYPE = "role";

    private final String groupId;

    Role(String groupId) {
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }

    public static Optional<Role> ofGroup(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }
}
