package com.csptransition.partner;

import com.csptransition.web.ApiException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.springframework.http.HttpStatus;

/** The partnership between an indirect reseller and an indirect provider, started by the provider's invitation. */
@Entity
public class Partnership {

    @Id
    private String id;
    private String resellerId;
    private String providerId;
    @Enumerated(EnumType.STRING)
    private PartnershipState state;
    /** Two invitations or answers of one partnership at once: one commits, the other loses the race. */
    @Version
    private long version;

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

    /** The invitation's answer or its expiry: an open invitation ends once; one answered or expired stays so. */
    public void answer(PartnershipState answer) {
        if (state != PartnershipState.INVITED) {
            throw new ApiException(HttpStatus.CONFLICT, "PartnershipNotInvited", null,
                    "Partnership " + id + " is " + state + ", not an open invitation.");
        }
        state = answer;
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
