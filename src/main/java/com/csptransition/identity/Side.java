package com.csptransition.identity;

/**
 * Which side of a transfer request or a partnership the caller's organisation is on: the transitioning partner
 * (who becomes the indirect reseller) or the indirect provider.
 */
public enum Side {
    PARTNER, PROVIDER;

    /** The organisation's side between this partner and this provider; null: neither. */
    public static Side of(String organisationId, String partnerId, String providerId) {
        if (organisationId == null) {
            return null;
        }
        return organisationId.equals(partnerId) ? PARTNER : organisationId.equals(providerId) ? PROVIDER : null;
    }
}
