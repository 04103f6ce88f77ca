package com.csptransition.bench;

import java.util.List;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;

/**
 * What one FEEL input entry of the eligibility table costs on Camunda 7.24's Scala FEEL engine, and how much of that
 * is parsing: the table's unary tests evaluated by the engine as configured by default, by
 * {@link CachingScalaFeelEngine} (parsed once), and only parsed. Eight rounds of 3 s each; read the last ones.
 *
 * <pre>./mvnw -o -Pbench test-compile exec:exec -Dbench.main=com.csptransition.bench.FeelCellCost</pre>
 */
public final class FeelCellCost {

    private static final String[] TESTS = {"not(\"LICENSE_BASED\", \"AZURE_PAYG\")", "false", "\"NONE\"", "not(\"ACTIVE\")"};

    public static void main(String[] args) {
        ScalaFeelEngine byDefault = new ScalaFeelEngine(List.of());
        CachingScalaFeelEngine cached = new CachingScalaFeelEngine();
        org.camunda.feel.FeelEngine parser = new org.camunda.feel.FeelEngine.Builder().build();
        VariableContext variables = Variables.createVariables().putValue("inputVariableName", "cellInput")
                .putValue("cellInput", "ACTIVE").asVariableContext();
        for (int round = 1; round <= 8; round++) {
            double evaluate = perCall(i -> byDefault.evaluateSimpleUnaryTests(TESTS[i], "cellInput", variables));
            double evaluateParsed = perCall(i -> cached.evaluateSimpleUnaryTests(TESTS[i], "cellInput", variables));
            double parse = perCall(i -> parser.parseUnaryTests(TESTS[i]).isRight());
            System.out.printf("round %d: per FEEL cell, default engine %.1f us, parsed once %.1f us, parsing alone %.1f us%n",
                    round, evaluate, evaluateParsed, parse);
        }
    }

    private interface Call {
        boolean run(int test);
    }

    private static volatile boolean sink;

    /** Microseconds per call over 3 s, cycling through the table's unary tests. */
    private static double perCall(Call call) {
        long start = System.nanoTime();
        long calls = 0;
        while (System.nanoTime() - start < 3_000_000_000L) {
            sink ^= call.run((int) (calls++ % TESTS.length));
        }
        return (System.nanoTime() - start) / 1e3 / calls;
    }
}
