package id.bpjstk.claims.service;

import id.bpjstk.service.api.CodedException;

/** The request conflicts with the state of the claim or of the member's claims (409), with a code saying how. */
public class ClaimConflictException extends CodedException {

    public ClaimConflictException(String code, String message) {
        super(code, message);
    }
}
