package id.bpjstk.membership.persistence;

public enum MemberStatus {
    ACTIVE,
    INACTIVE
}
