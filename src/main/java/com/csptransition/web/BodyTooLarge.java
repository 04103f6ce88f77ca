package com.csptransition.web;

import java.io.IOException;

/** A request body grew over its limit while it was read: whoever reads it answers {@link #problem()} (413). */
public final class BodyTooLarge extends IOException {

    private final transient ApiException problem;

    BodyTooLarge(ApiException problem) {
        super(problem.getMessage());
        this.problem = problem;
    }

    public ApiException problem() {
        return problem;
    }
}
