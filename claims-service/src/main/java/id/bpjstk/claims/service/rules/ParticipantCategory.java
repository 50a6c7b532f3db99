package id.bpjstk.claims.service.rules;

/** How a participant is enrolled, as the registry says. */
public enum ParticipantCategory {
    /** Penerima upah: a wage earner enrolled by an employer. */
    PU,
    /** Bukan penerima upah: a self-employed or informal worker. */
    BPU
}
