package com.csptransition.customer.capability;

/** What a partner may do for a customer; the capability rules decide which are allowed. */
public enum Capability {
    CREATE_ORDERS,
    ADD_ADDONS,
    MANAGE_AZURE_RESERVATIONS,
    MANAGE_ORDER_HISTORY,
    PURCHASE_SOFTWARE,
    BILL_DIRECTLY,
    CREATE_CUSTOMERS,
    SEND_RESELLER_INVITATIONS,
    MANAGE_LICENSES_AND_USERS,
    HANDLE_RENEWALS,
    SUSPEND_SUBSCRIPTIONS,
    CHANGE_LICENSE_COUNTS
}
