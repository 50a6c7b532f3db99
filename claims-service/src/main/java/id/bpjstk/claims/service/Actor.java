package id.bpjstk.claims.service;

import id.bpjstk.claims.persistence.ActorRole;
import id.bpjstk.member.Masking;
import java.util.Objects;

/**
 * Who is acting on claims: a member (only on the claims of {@code membershipNumber}) or a claims
 * officer (on any claim but one filed under her own KPJ, {@code membershipNumber} when she is a member
 * too, else {@code null}). {@code username} is what the status history shows.
 */
public record Actor(String username, ActorRole role, String membershipNumber) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role == ActorRole.MEMBER && membershipNumber == null) {
            throw new IllegalArgumentException("a member acts under a membership number");
        }
    }

    public static Actor member(String membershipNumber, String username) {
        return new Actor(username, ActorRole.MEMBER, membershipNumber);
    }

    public static Actor officer(String username) {
        return officer(username, null);
    }

    /** A claims officer who is a member of the programme too, under this KPJ ({@code null} when she is not). */
    public static Actor officer(String username, String membershipNumber) {
        return new Actor(username, ActorRole.OFFICER, membershipNumber);
    }

    public boolean isMember() {
        return role == ActorRole.MEMBER;
    }

    /** Who acted, as a log line may name them: a member by the masked KPJ, an officer by username. */
    public String forLog() {
        return isMember() ? Masking.kpj(membershipNumber) : username;
    }

    @Override
    public String toString() {
        // a member's username is the KPJ: masked like it
        return "Actor[" + forLog() + ", " + role + "]";
    }
}
