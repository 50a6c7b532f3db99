package id.bpjstk.systemtest.support.pages.portal;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.Stack;

/** The portal's home page ({@code /}): the member's KPJ, category, JHT and JP figures, latest contribution, open claims. */
public final class PortalDashboardPage extends PortalPage {

    public PortalDashboardPage(RealBrowser browser, Stack stack) {
        super(browser, stack);
    }

    public String kpj() {
        return field("kpj");
    }

    public String jhtTotal() {
        return field("jht-total");
    }

    public String jhtAsOf() {
        return field("jht-as-of");
    }

    public String jpAccrued() {
        return field("jp-accrued");
    }

    public String jpMonthly() {
        return field("jp-monthly");
    }

    public String latestTotal() {
        return field("latest-total");
    }
}
