package cn.rongjiang.disclosure.core.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of {@link FindingRecorder} a rule's consequence may call. The rule-language check
 * ({@link RuleLanguage}) lets a rule call these and nothing else: a public method without the mark
 * (the engine's own, such as {@code beginRule}) stays out of reach of the rule files.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface RuleAction {
}
