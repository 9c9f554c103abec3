package cn.rongjiang.disclosure.api.errors;

import cn.rongjiang.disclosure.core.model.FieldError;
import java.util.List;

/**
 * The body of every error answer: the HTTP status, a sentence, and for 422 the offending fields
 * ({@code items[3].secretLevel} in a batch), for 500 the {@code errorId} under which the cause
 * was logged. Null parts are left out of the JSON.
 */
public record ErrorBody(int status, String error, List<FieldError> errors, String errorId) {

    public static ErrorBody of(int status, String error) {
        return new ErrorBody(status, error, null, null);
    }
}
