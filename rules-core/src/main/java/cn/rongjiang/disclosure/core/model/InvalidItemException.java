package cn.rongjiang.disclosure.core.model;

import java.util.List;
import java.util.stream.Collectors;

/** An item that breaks the contract's limits; it names every offending field. */
public final class InvalidItemException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public InvalidItemException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    /** Every offending field, in the order they were found. */
    public List<FieldError> errors() {
        return errors;
    }
}
