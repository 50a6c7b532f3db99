package id.bpjstk.membership.statement;

/** A rendered e-statement and the file name it is offered under. */
public record RenderedStatement(String fileName, byte[] pdf) {
}
