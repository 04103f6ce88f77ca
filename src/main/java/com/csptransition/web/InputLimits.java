package com.csptransition.web;

/**
 * The largest values we store, from the column sizes in db/migration: a request DTO declares them (@Size, @Max), so
 * a value that does not fit is refused as 400 naming its field instead of failing in the database.
 */
public final class InputLimits {

    /** Tenant, customer, subscription, transfer and order ids: varchar(64). */
    public static final int ID = 64;
    /** Company, offer and friendly names, people's names, e-mail addresses: varchar(255). */
    public static final int NAME = 255;
    public static final int OFFER_ID = 128;
    public static final int MPN_ID = 32;
    public static final int BILLING_CYCLE = 16;
    /** Rejection reasons and review notes: varchar(2000). */
    public static final int TEXT = 2000;
    public static final int PHONE = 64;
    /**
     * Licenses on one subscription or order line. Partner Center sets a maximum per offer; with no catalog here, one
     * bound far above any customer's seat count.
     */
    public static final int MAX_QUANTITY = 1_000_000;

    private InputLimits() {
    }
}
