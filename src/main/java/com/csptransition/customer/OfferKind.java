package com.csptransition.customer;

/**
 * What kind of purchase a subscription is. Which kinds can be transferred, and what a transfer does to them, is
 * rules/transferable-offers.drl's. There is no offer catalog here to look an offer's kind up in: order lines and
 * import rows say it, or are refused ({@link #REQUIRED}).
 */
public enum OfferKind {
    /** Office 365, Dynamics, Intune. */
    LICENSE_BASED(false),
    /** Azure pay-as-you-go: one Azure subscription, with its own Azure subscription id. */
    AZURE_PAYG(true),
    AZURE_PLAN(false),
    AZURE_RESERVED_INSTANCE(false),
    TERM_BASED(false),
    MARKETPLACE_SAAS(false),
    /** Perpetual software purchases. */
    SOFTWARE(false);

    /** The validation message of a missing kind: without a catalog, guessing one could make a purchase transferable. */
    public static final String REQUIRED = "must not be null: say which kind of purchase the offer is; there is no"
            + " offer catalog here to look it up in";

    private final boolean azureSubscription;

    OfferKind(boolean azureSubscription) {
        this.azureSubscription = azureSubscription;
    }

    /** A subscription of this kind is an Azure subscription, with an Azure subscription id. */
    public boolean isAzureSubscription() {
        return azureSubscription;
    }
}
