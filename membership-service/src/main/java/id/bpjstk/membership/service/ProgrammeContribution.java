package id.bpjstk.membership.service;

import id.bpjstk.membership.persistence.Programme;

/**
 * What one month's contribution to one programme came to.
 *
 * @param base the wage the rates were applied to (capped for JP), rupiah
 * @param employer employer share, rupiah (0 for BPU participants, who pay everything themselves)
 * @param employee employee (participant) share, rupiah
 */
public record ProgrammeContribution(Programme programme, long base, long employer, long employee) {

    public long total() {
        return employer + employee;
    }
}
