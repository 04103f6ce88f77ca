package com.csptransition.rules.scenario;

/** Something in a scenario file the runner cannot use, at a line of that file: reported as a failure, never thrown out. */
class ScenarioProblem extends RuntimeException {

    private final int line;

    ScenarioProblem(int line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    int line() {
        return line;
    }
}
