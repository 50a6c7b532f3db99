package id.bpjstk.membership.service;

/** The member has no contribution in the requested year, so there is no statement for it. */
public class StatementNotAvailableException extends RuntimeException {

    public StatementNotAvailableException(int year) {
        super("No contributions in " + year);
    }
}
