package id.bpjstk.membership.service;

/** No member with that membership number in the registry. */
public class MemberNotFoundException extends RuntimeException {

    public MemberNotFoundException() {
        super("No member with this membership number");
    }
}
