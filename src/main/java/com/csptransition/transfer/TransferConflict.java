package com.csptransition.transfer;

import com.csptransition.web.ApiException;
import org.springframework.http.HttpStatus;

/** 409s with Partner Center's transfer error codes. */
final class TransferConflict {

    private TransferConflict() {
    }

    static ApiException notFound(String transferId) {
        return new ApiException(HttpStatus.NOT_FOUND, "TransferIdNotFound", 900100,
                "No transfer " + transferId + " for this customer and your organisation.");
    }

    static ApiException inProgress(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "TransferNotAllowedIfStatusIsInProgress", 900101, detail);
    }

    static ApiException ended(TransferRequest request) {
        return new ApiException(HttpStatus.CONFLICT, "TransferNotAllowedIfStatusIsCompleted", 900102,
                "Transfer " + request.getId() + " is " + request.getStatus() + ": nothing more can be done with it.");
    }

    static ApiException processedByAnother(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "TransferProcessedByAnotherRequest", 900104, detail);
    }

    /** The request is not waiting for this action: ended, or past the step the action belongs to. */
    static ApiException wrongState(TransferRequest request, String detail) {
        return request.getStatus() == TransferStatus.Active ? inProgress(detail) : ended(request);
    }
}
