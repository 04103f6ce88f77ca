package com.csptransition.identity;

/**
 * Fact for rules/who-may-act.drl: what the actor asks to do and, for an action on a transfer request or a
 * partnership, the side its organisation is on (null: none, or no such record).
 */
public record RequestedAction(Action action, Side side) {
}
