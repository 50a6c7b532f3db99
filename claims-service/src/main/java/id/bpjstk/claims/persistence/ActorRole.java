package id.bpjstk.claims.persistence;

/** In which capacity someone changed a claim. */
public enum ActorRole {
    MEMBER,
    OFFICER
}
