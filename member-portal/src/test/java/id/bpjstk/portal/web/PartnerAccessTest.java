package id.bpjstk.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.bpjstk.portal.client.Account;

class PartnerAccessTest {

    @Test
    void onlyApplicationsSheAllowedAreListedWithWhatTheyMaySee() {
        List<Account.Application> applications = List.of(
                new Account.Application("member-web", "Member portal (web)", null),
                new Account.Application("partner-demo", "Koperasi Sejahtera (partner demo)", new Account.Consent(List.of(
                        new Account.GrantedScope("1", "membership", "${membershipScopeConsentText}"),
                        new Account.GrantedScope("2", "balances.read", "${balancesReadScopeConsentText}")), 1_764_000_000_000L, null)),
                new Account.Application("other-partner", null, new Account.Consent(null, null, null)));

        List<SecurityPage.PartnerAccess> partners = SecurityPage.partners(applications, null);

        assertThat(partners).extracting(SecurityPage.PartnerAccess::clientId).containsExactly("partner-demo", "other-partner");
        assertThat(partners.get(0).name()).isEqualTo("Koperasi Sejahtera (partner demo)");
        assertThat(partners.get(0).scopes()).containsExactly("membership", "balances.read");
        assertThat(partners.get(0).since()).isEqualTo(Instant.ofEpochMilli(1_764_000_000_000L));
        assertThat(partners.get(1).name()).as("without a name, the client id").isEqualTo("other-partner");
        assertThat(partners.get(1).scopes()).isEmpty();
        assertThat(SecurityPage.partners(null, null)).isEmpty();
    }
}
