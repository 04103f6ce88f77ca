package com.csptransition.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** The partnership between an indirect reseller and an indirect provider, started by the provider's invitation. */
@Entity
public class Partnership {

    @Id
    private String id;
    private String resellerId;
    private String providerId;
    @Enumerated(EnumType.STRING)
    private PartnershipState state;

    protected Partnership() {
    }

    public Partnership(String id) {
        this.id = id;
    }

    public void update(String resellerId, String providerId, PartnershipState state) {
        this.resellerId = resellerId;
        this.providerId = providerId;
        this.state = state;
    }

    /** The invitation's answer or its expiry; only an open invitation changes. */
    public boolean answer(PartnershipState answer) {
        if (state != PartnershipState.INVITED) {
            return false;
        }
        state = answer;
        return true;
    }

    public String getId() {
        return id;
    }

    public String getResellerId() {
        return resellerId;
    }

    public String getProviderId() {
        return providerId;
    }

    public PartnershipState getState() {
        return state;
    }
}
