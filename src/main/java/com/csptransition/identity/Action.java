package com.csptransition.identity;

/**
 * The actions of the API whose actor rules/who-may-act.drl decides: each names what the caller asks to do, in the
 * words a refusal uses ("Only an admin agent can " + what).
 */
public enum Action {
    ENROLL("enroll the partner as indirect reseller"),
    CHECK_TRANSFER_ELIGIBILITY("see which of the customer's subscriptions can be transferred"),
    CREATE_TRANSFER("create a subscription transfer request"),
    WITHDRAW_TRANSFER("withdraw a subscription transfer request"),
    REVIEW_TRANSFER("accept or reject a subscription transfer request"),
    VERIFY_TRANSFER("verify that a subscription transfer request is complete"),
    INVITE_TO_PARTNERSHIP("invite a reseller to partner"),
    ANSWER_PARTNERSHIP_INVITATION("accept or decline a partnership invitation"),
    EXTEND_RELATIONSHIP("extend a reseller relationship to an indirect provider"),
    SEND_RESELLER_INVITATION("send an indirect reseller invitation"),
    CONFIRM_CUSTOMER_AGREEMENT("confirm the customer's acceptance of the Microsoft Customer Agreement"),
    PLACE_ORDER("place an order for the customer"),
    VIEW_SUBSCRIPTIONS("see the customer's subscriptions"),
    CHANGE_SUBSCRIPTION("change a subscription's license count or suspend it"),
    CREATE_CUSTOMER("create a customer tenant"),
    REQUEST_RESELLER_RELATIONSHIP("request a reseller relationship with a customer"),
    VIEW_TRANSITION_BOARD("see the transition board: the customers' way to the indirect provider, the requests");

    private final String what;

    Action(String what) {
        this.what = what;
    }

    public String what() {
        return what;
    }
}
