package com.csptransition.bench;

import camundajar.impl.scala.collection.immutable.Map;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda 7.24's Scala FEEL engine with each expression and unary test parsed once: {@code ScalaFeelEngine} calls
 * {@code evalUnaryTests(text, context)}, which is {@code parseUnaryTests(text)} then {@code eval(parsed, context)}, on
 * every evaluation (camunda/feel-scala#1149). This keeps the parsed form by its text and evaluates it with the same
 * context the engine builds. Not shipped by Camunda (7.24 has no cached FEEL engine): a user plugs it in with
 * {@code DefaultDmnEngineConfiguration.feelEngineFactory(CachingScalaFeelEngine::new)}.
 *
 * <p>Measured, it gains little: in feel-scala 1.19.3 every evaluation, parsed or not, also builds the engine's root
 * context anew ({@code FeelEngine.rootContext()}: a new {@code BuiltinFunctions}, the map of all built-in functions),
 * and that, more than parsing, is what a FEEL cell costs.
 */
final class CachingScalaFeelEngine extends ScalaFeelEngine {

    private final ConcurrentHashMap<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

    CachingScalaFeelEngine() {
        super(List.of());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        ParsedExpression parsed = expressions.computeIfAbsent(expression, e -> parsed(feelEngine.parseExpression(e)));
        CustomContext context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new ContextVariableWrapper(variableContext);
            }
        };
        return (T) value(feelEngine.eval(parsed, context));
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
        ParsedExpression parsed = unaryTests.computeIfAbsent(expression, e -> parsed(feelEngine.parseUnaryTests(e)));
        StaticVariableProvider input = new StaticVariableProvider(new Map.Map1<>(INPUT_VARIABLE_NAME, inputVariable));
        camundajar.impl.scala.collection.immutable.List<VariableProvider> providers =
                this.<VariableProvider>toScalaList(input, new ContextVariableWrapper(variableContext));
        CustomContext context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new CompositeVariableProvider(providers);
            }
        };
        return BoxesRunTime.unboxToBoolean(value(feelEngine.eval(parsed, context)));
    }

    private static ParsedExpression parsed(Either<Failure, ParsedExpression> result) {
        return (ParsedExpression) value(result);
    }

    private static Object value(Either<?, ?> result) {
        if (result instanceof Left<?, ?> left) {
            throw LOGGER.evaluationException(((Failure) left.value()).message());
        }
        return result.toOption().get();
    }
}
