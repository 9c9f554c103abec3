package cn.rongjiang.disclosure.core.model;

/**
 * One fact read from the item's own words (contract §3 {@code signals}, §4 "Reading the text").
 *
 * @param fact     the item field it sets, e.g. {@code secretLevel}, {@code processInfo}
 * @param value    the value read, e.g. {@code SECRET}, {@code true}, {@code ID_NUMBER}
 * @param field    where it was read: {@code title}, {@code summary} or {@code text}
 * @param evidence the marking or phrase matched; for a personal identifier only its kind and
 *                 position ({@code ID_NUMBER at text:1834}), never the identifier
 */
public record Signal(String fact, String value, String field, String evidence) {
}
