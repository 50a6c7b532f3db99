package id.bpjstk.claims.api;

import id.bpjstk.claims.service.Actor;
import id.bpjstk.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;

/** The signed-in caller as the actor on claims: a member (by the token's KPJ) or a claims officer. */
@ApplicationScoped
public class ClaimsCaller {

    private final Caller caller;

    ClaimsCaller(Caller caller) {
        this.caller = caller;
    }

    /** The caller as a member: the KPJ from {@code membership_number} (403 when there is none). */
    public Actor member() {
        return Actor.member(caller.membershipNumber(), caller.username());
    }

    /** The caller as a claims officer, with her own KPJ when her token carries one. */
    public Actor officer() {
        return Actor.officer(caller.username(), caller.membershipNumberIfAny().orElse(null));
    }
}
