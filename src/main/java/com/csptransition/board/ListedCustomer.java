package com.csptransition.board;

/**
 * A customer on a partner's board as its list reads it: enough to tell whether the rules' last answer still holds
 * (factsStamp, customer.CustomerFactsStamp), without reading its facts.
 */
public record ListedCustomer(String id, String name, String factsStamp) {
}
