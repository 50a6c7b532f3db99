package id.bpjstk.membership.persistence;

public enum Sex {
    MALE,
    FEMALE
}
