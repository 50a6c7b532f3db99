package id.bpjstk.systemtest.support.pages.partner;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/** {@code /account}: her name and KPJ as the partner got them, and her JHT balance when she allowed it. */
public final class PartnerAccountPage extends PartnerPage {

    public PartnerAccountPage(RealBrowser browser, Stack stack) {
        super(browser, stack);
    }

    public PartnerAccountPage awaitShown() {
        awaitAt("/account");
        return this;
    }

    public String name() {
        return field("member-name");
    }

    public String kpj() {
        return field("member-kpj");
    }

    public String jhtBalance() {
        return field("jht-balance");
    }

    public boolean balanceNotAllowed() {
        return has("balance-not-allowed");
    }
}
