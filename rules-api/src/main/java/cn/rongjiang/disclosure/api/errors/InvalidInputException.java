package cn.rongjiang.disclosure.api.errors;

import cn.rongjiang.disclosure.core.model.FieldError;
import java.util.List;

/** Well-formed JSON that breaks the contract: answered 422 with every offending field. */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public InvalidInputException(String message, List<FieldError> errors) {
        super(message, null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
