package cn.rongjiang.disclosure.core.model;

/** One problem with one field of an item: the field's JSON name and what is wrong, in words. */
public record FieldError(String field, String message) {
}
