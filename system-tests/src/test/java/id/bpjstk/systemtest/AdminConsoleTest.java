package id.bpjstk.systemtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.RealBrowserExtension;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestStaff;
import id.bpjstk.systemtest.support.pages.AdminConsoleUserPage;
import id.bpjstk.systemtest.support.pages.LoginPage;

/** The realm's admin console, in a real browser, for the operators who run the realm. */
@ExtendWith({StackExtension.class, RealBrowserExtension.class})
class AdminConsoleTest {

    @Test
    void aHelpDeskOperatorSignsInToTheRealmsAdminConsoleWithHerCodeAndOpensAMembersAccount(Stack stack, RealBrowser browser) {
        TestStaff.Staff operator = new TestStaff(stack).create("helpdesk");
        TestMembers.Member member = new TestMembers(stack).create(TestMembers.Option.PHONE_VERIFIED);

        AdminConsoleUserPage console = new AdminConsoleUserPage(browser, stack).openConsole();
        new LoginPage(browser).signIn(operator.username(), operator.password()).awaitCodeForm()
                .enterCode(stack.sms().latest(operator.phone()).code());
        console.awaitConsole().openUser(member.id(), member.kpj());
        browser.screenshot("member-account");
    }
}
