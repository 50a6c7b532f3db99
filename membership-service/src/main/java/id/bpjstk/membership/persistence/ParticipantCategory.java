package id.bpjstk.membership.persistence;

/** How a participant is enrolled. */
public enum ParticipantCategory {
    /** Penerima upah: a wage earner enrolled by an employer. */
    PU,
    /** Bukan penerima upah: a self-employed or informal worker who pays on a declared income. */
    BPU
}
