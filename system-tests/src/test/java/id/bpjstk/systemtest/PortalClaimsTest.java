package id.bpjstk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import com.fasterxml.jackson.databind.JsonNode;

import id.bpjstk.systemtest.support.Accessibility;
import id.bpjstk.systemtest.support.Api;
import id.bpjstk.systemtest.support.Browser;
import id.bpjstk.systemtest.support.CodeLogin;
import id.bpjstk.systemtest.support.Oidc;
import id.bpjstk.systemtest.support.Pause;
import id.bpjstk.systemtest.support.RealBrowser;
import id.bpjstk.systemtest.support.RealBrowserExtension;
import id.bpjstk.systemtest.support.Stack;
import id.bpjstk.systemtest.support.StackExtension;
import id.bpjstk.systemtest.support.TestMembers;
import id.bpjstk.systemtest.support.TestStaff;
import id.bpjstk.systemtest.support.pages.LoginPage;
import id.bpjstk.systemtest.support.pages.portal.Keyboard;
import id.bpjstk.systemtest.support.pages.portal.OfficerClaimPage;
import id.bpjstk.systemtest.support.pages.portal.OfficerQueuePage;
import id.bpjstk.systemtest.support.pages.portal.PortalClaimPage;
import id.bpjstk.systemtest.support.pages.portal.PortalClaimsPage;
import id.bpjstk.systemtest.support.pages.portal.PortalNewClaimPage;
import id.bpjstk.systemtest.support.pages.portal.PortalPage;

/**
 * The portal's claims pages and the officers' workspace in a real browser on the real stack: Siti files a claim with
 * the keyboard (a fresh level 2 through her SMS code, the form posted twice making one claim), uploads its documents
 * (a text file and files over the limit refused with messages), submits it; officer02 verifies it, officer01 approves
 * it, and Siti sees it approved with its history. Another member's claim is "not found" for her, and an officer
 * pressing a button on a claim another officer decided meanwhile is told so.
 */
@ExtendWith({StackExtension.class, RealBrowserExtension.class})
class PortalClaimsTest {

    private static final String SITI_PHONE = "+6281200000001";
    private static final String OFFICER_ONE_PHONE = "+6281299900001";
    private static final String OFFICER_TWO = "officer02";
    private static final String OFFICER_TWO_PASSWORD = "Rahasia!Officer2026b";
    private static final String OFFICER_TWO_PHONE = "+6281299900003";

    /** A claim type and reason the member may file now, with the documents it needs. */
    record Fileable(String type, String reason, String why, List<String> documents) {
    }

    @TempDir
    Path files;

    @Test
    void sitiFilesAClaimWithTheKeyboardUploadsItsDocumentsAndTwoOfficersDecideIt(Stack stack, RealBrowser siti,
            RealBrowser officerTwo, RealBrowser officerOne) throws IOException {
        Api claims = new Api(stack.claimsUrl());
        String token = new Oidc(stack).signIn(DemoAccounts.SITI_KPJ, DemoAccounts.SITI_PASSWORD).accessToken();
        List<Fileable> fileable = fileable(claimTypes(claims, token));
        assertThat(fileable).as("claim types Siti may file now (JKK and JKM rest on an incident report)").hasSizeGreaterThanOrEqualTo(2);
        Fileable chosen = fileable.get(0);
        Fileable other = fileable.stream().filter(f -> !f.type().equals(chosen.type())).findFirst().orElseThrow();
        int claimsBefore = claims.get("/api/claims", token).json().get("items").size();

        // the claims page: her eligibility as the service gives it, in Indonesian
        PortalClaimsPage list = new PortalClaimsPage(siti, stack);
        list.signIn(PortalClaimsPage.PATH, DemoAccounts.SITI_KPJ, DemoAccounts.SITI_PASSWORD);
        list.awaitAt(PortalClaimsPage.PATH);
        assertThat(list.heading()).isEqualTo("Klaim");
        assertThat(list.eligibility(chosen.reason())).contains(chosen.why());
        assertThat(list.canFile(chosen.type())).isTrue();
        siti.screenshot("claims");
        Accessibility.assertNoSeriousViolations(siti, "portal-claims");

        // the form, with the keyboard alone: a wrong account number is answered at its field, nothing is filed
        PortalNewClaimPage form = list.fileWithKeyboard(chosen.type());
        form.awaitAt(PortalNewClaimPage.PATH);
        assertThat(form.heading()).isEqualTo("Ajukan klaim");
        Accessibility.assertNoSeriousViolations(siti, "portal-new-claim");
        form.fillWithKeyboard(chosen.reason(), "Bank Rakyat Indonesia", "12-ab").submitWithKeyboard();
        assertThat(form.error("bankAccountNumber")).isEqualTo("Nomor rekening harus 6 sampai 20 angka.");
        assertThat(form.markedInvalid("bankAccountNumber")).isTrue();
        assertThat(form.value(PortalNewClaimPage.REASON)).isEqualTo(chosen.reason());
        assertThat(form.value(PortalNewClaimPage.BANK_NAME)).isEqualTo("Bank Rakyat Indonesia");
        siti.screenshot("new-claim-error");
        Accessibility.assertNoSeriousViolations(siti, "portal-new-claim-error");
        assertThat(claims.get("/api/claims", token).json().get("items")).hasSize(claimsBefore);

        // filing needs a fresh level 2: Keycloak asks for her SMS code, then the form is back as she typed it
        int codesBefore = stack.sms().to(SITI_PHONE).size();
        new Keyboard(siti).tabTo(PortalNewClaimPage.ACCOUNT).type("0123456789");
        form.submitWithKeyboard();
        siti.awaitVisible(LoginPage.CODE_FORM);
        String code = codeOnThePage(stack, siti, SITI_PHONE, codesBefore);
        siti.driver().findElement(LoginPage.CODE_FORM).findElement(By.name("otp")).sendKeys(code, Keys.ENTER);
        form.awaitAt(PortalNewClaimPage.PATH);
        assertThat(form.resumed()).isTrue();
        assertThat(form.value(PortalNewClaimPage.REASON)).isEqualTo(chosen.reason());
        assertThat(form.value(PortalNewClaimPage.ACCOUNT)).isEqualTo("0123456789");
        siti.screenshot("new-claim-resumed");

        // the same form posted twice (a double click) files one claim
        assertThat(form.postInBackground()).as("the first post is answered with a redirect").isEqualTo("opaqueredirect");
        JsonNode afterFirst = claims.get("/api/claims", token).json().get("items");
        assertThat(afterFirst).hasSize(claimsBefore + 1);
        form.submitWithKeyboard();
        PortalClaimPage claim = new PortalClaimPage(siti, stack);
        String id = claim.id();
        assertThat(id).as("the second post leads to the claim the first one made").isEqualTo(afterFirst.get(0).get("id").asText());
        assertThat(claims.get("/api/claims", token).json().get("items")).hasSize(claimsBefore + 1);
        assertThat(claim.status()).isEqualTo("DRAFT");
        assertThat(claim.notice()).startsWith("Klaim dibuat sebagai draf.");
        assertThat(claim.uploadLimits()).isEqualTo("Berkas PDF, JPEG, atau PNG; paling besar 5 MiB per berkas dan 20 MiB "
                + "untuk semua dokumen klaim ini (sisa 20 MiB).");
        assertThat(claim.requiredDocuments()).containsExactlyElementsOf(chosen.documents());
        assertThat(siti.driver().getPageSource()).doesNotContain("0123456789").doesNotContain(token.substring(0, 40));
        siti.screenshot("claim-draft");
        Accessibility.assertNoSeriousViolations(siti, "portal-claim");

        // refused uploads: messages at the file field, nothing stored
        String firstType = chosen.documents().get(0);
        claim.upload(firstType, file("catatan.txt", "bukan dokumen".getBytes(StandardCharsets.UTF_8)));
        assertThat(claim.fileError()).isEqualTo("Berkas harus PDF, JPEG, atau PNG. Tidak ada yang diunggah.");
        assertThat(claim.fileMarkedInvalid()).isTrue();
        siti.screenshot("upload-unsupported");
        Accessibility.assertNoSeriousViolations(siti, "portal-claim-upload-error");
        claim.upload(firstType, file("besar.pdf", paddedPdf(6 * 1024 * 1024)));
        assertThat(claim.fileError()).isEqualTo("Berkas terlalu besar. Ukuran paling besar 5 MiB per berkas; tidak ada yang diunggah.");
        siti.screenshot("upload-too-large");
        claim.upload(firstType, file("sangat-besar.pdf", paddedPdf(40 * 1024 * 1024)));
        assertThat(claim.fileError()).as("far over the portal's own limit").startsWith("Berkas terlalu besar.");
        assertThat(claim.missingDocuments()).containsExactlyElementsOf(chosen.documents());
        assertThat(claims.get("/api/claims/" + id, token).json().get("documents")).isEmpty();

        // the documents it needs, one of them a photo
        byte[] firstPdf = pdf("Dokumen " + firstType + " Siti Rahmawati");
        for (String type : chosen.documents()) {
            Path document = type.equals(firstType) ? file(type + ".pdf", firstPdf)
                    : type.equals(chosen.documents().get(1)) ? file(type + ".png", png()) : file(type + ".pdf", pdf("Dokumen " + type));
            claim.upload(type, document);
            assertThat(claim.notice()).as(type).isEqualTo("Dokumen diunggah.");
        }
        assertThat(claim.missingDocuments()).isEmpty();
        assertThat(claim.download(firstType)).startsWith(sha256(firstPdf) + " application/pdf attachment;");
        claim.submit();
        assertThat(claim.status()).isEqualTo("SUBMITTED");
        assertThat(claim.notice()).startsWith("Klaim dikirim.");
        siti.screenshot("claim-submitted");

        // officer02 verifies it, and may not approve what she verified
        OfficerQueuePage queueTwo = signInAsOfficer(stack, officerTwo, OFFICER_TWO, OFFICER_TWO_PASSWORD, OFFICER_TWO_PHONE);
        assertThat(queueTwo.heading()).isEqualTo("Antrean klaim");
        queueTwo.filter("SUBMITTED", chosen.type());
        assertThat(queueTwo.claims()).contains(id);
        officerTwo.screenshot("officer-queue");
        Accessibility.assertNoSeriousViolations(officerTwo, "officer-queue");
        OfficerClaimPage verifying = queueTwo.openClaim(id);
        assertThat(verifying.status()).isEqualTo("SUBMITTED");
        assertThat(verifying.decisions()).containsExactly("verify", "reject");
        assertThat(verifying.documentTypes()).containsExactlyInAnyOrderElementsOf(chosen.documents());
        officerTwo.screenshot("officer-claim-submitted");
        Accessibility.assertNoSeriousViolations(officerTwo, "officer-claim");
        verifying.verify();
        assertThat(verifying.notice()).isEqualTo("Klaim diverifikasi.");
        assertThat(verifying.status()).isEqualTo("VERIFIED");
        verifying.approve();
        assertThat(verifying.alert()).startsWith("Anda yang memverifikasi klaim ini, jadi persetujuannya harus oleh petugas lain.");
        assertThat(verifying.status()).isEqualTo("VERIFIED");
        officerTwo.screenshot("officer-same-officer");
        Accessibility.assertNoSeriousViolations(officerTwo, "officer-claim-refused");

        // officer01 approves it
        OfficerQueuePage queueOne = signInAsOfficer(stack, officerOne, DemoAccounts.OFFICER, DemoAccounts.OFFICER_PASSWORD,
                OFFICER_ONE_PHONE);
        OfficerClaimPage approving = queueOne.filter("VERIFIED", chosen.type()).openClaim(id);
        approving.approve();
        assertThat(approving.notice()).isEqualTo("Klaim disetujui.");
        assertThat(approving.status()).isEqualTo("APPROVED");
        officerOne.screenshot("officer-approved");

        // Siti sees it approved, with who did what
        claim.open("/claims/" + id);
        claim.awaitClaim(id);
        assertThat(claim.status()).isEqualTo("APPROVED");
        assertThat(claim.statusText()).isEqualTo("Disetujui");
        assertThat(claim.historyStatuses()).containsExactly("DRAFT", "SUBMITTED", "VERIFIED", "APPROVED");
        List<String> history = claim.historyRows();
        assertThat(history.get(1)).contains("Draf → Diajukan", "Peserta (" + DemoAccounts.SITI_KPJ + ")");
        assertThat(history.get(2)).contains("Diajukan → Diverifikasi", "Petugas (officer02)");
        assertThat(history.get(3)).contains("Diverifikasi → Disetujui", "Petugas (officer01)");
        siti.screenshot("claim-approved");
        ((org.openqa.selenium.JavascriptExecutor) siti.driver()).executeScript(
                "document.querySelector('[data-testid=history]').scrollIntoView()");
        siti.screenshot("claim-approved-history");
        Accessibility.assertNoSeriousViolations(siti, "portal-claim-approved");
        claim.switchLanguage();
        assertThat(claim.statusText()).isEqualTo("Approved");
        siti.screenshot("claim-approved-en");
        claim.switchLanguage();

        // a second claim, withdrawn through its confirmation page (her level 2 is recent: no second code)
        list.open(PortalClaimsPage.PATH);
        list.awaitAt(PortalClaimsPage.PATH);
        assertThat(list.status(id)).isEqualTo("APPROVED");
        siti.screenshot("claims-with-approved");
        PortalNewClaimPage second = list.file(other.type());
        second.fillWithKeyboard(other.reason(), "Bank Negara Indonesia", "9876543210").submitWithKeyboard();
        PortalClaimPage withdrawn = new PortalClaimPage(siti, stack);
        assertThat(withdrawn.status()).isEqualTo("DRAFT");
        withdrawn.askToCancel();
        assertThat(withdrawn.heading()).isEqualTo("Batalkan klaim?");
        siti.screenshot("cancel-confirm");
        Accessibility.assertNoSeriousViolations(siti, "portal-claim-cancel");
        withdrawn.confirmCancel();
        assertThat(withdrawn.status()).isEqualTo("CANCELLED");
        assertThat(withdrawn.notice()).isEqualTo("Klaim dibatalkan.");

        // officer02, who verified it, marks it paid: Siti is left with no open claim for the other tests
        verifying.open("/officer/claims/" + id);
        verifying.awaitAt("/officer/claims/" + id);
        verifying.pay();
        assertThat(verifying.status()).isEqualTo("PAID");
    }

    @Test
    void anotherMembersClaimIsNotFoundForSiti(Stack stack, RealBrowser siti) {
        String foreign = claimOfAFreshMember(stack, false).id();

        PortalPage page = new PortalPage(siti, stack);
        page.signIn("/claims/" + foreign, DemoAccounts.SITI_KPJ, DemoAccounts.SITI_PASSWORD);
        page.awaitAt("/claims/" + foreign);
        assertThat(page.heading()).isEqualTo("Tidak ditemukan");
        assertThat(siti.driver().getPageSource()).doesNotContain("Tidak diizinkan");
        siti.screenshot("foreign-claim");
        Accessibility.assertNoSeriousViolations(siti, "portal-claim-not-found");

        for (String path : List.of("/claims/" + UUID.randomUUID(), "/claims/not-a-claim", "/claims/" + foreign + "/cancel",
                "/claims/" + foreign + "/documents/" + UUID.randomUUID())) {
            page.open(path);
            page.awaitAt(path);
            assertThat(page.heading()).as(path).isEqualTo("Tidak ditemukan");
        }
    }

    @Test
    void anOfficerPressingAButtonOnAClaimDecidedMeanwhileIsToldAnotherOfficerDecidedIt(Stack stack, RealBrowser browser) {
        FreshClaim fresh = claimOfAFreshMember(stack, true);
        String path = "/officer/claims/" + fresh.id();

        TestStaff staff = new TestStaff(stack);
        TestStaff.Staff officer = staff.create("claims-officer");
        int codesBefore = stack.sms().to(officer.phone()).size();
        OfficerClaimPage page = new OfficerClaimPage(browser, stack);
        page.signIn(path, officer.username(), officer.password());
        new LoginPage(browser).awaitCodeForm().enterCode(codeOnThePage(stack, browser, officer.phone(), codesBefore));
        page.awaitAt(path);
        assertThat(page.status()).isEqualTo("SUBMITTED");

        // meanwhile another officer verifies it
        TestStaff.Staff colleague = staff.create("claims-officer");
        String colleagueToken = staff.signInAtLevelTwo(colleague).accessToken();
        assertThat(new Api(stack.claimsUrl()).post("/api/officer/claims/" + fresh.id() + "/verify", colleagueToken, Map.of())
                .status()).isEqualTo(200);

        page.verify();
        assertThat(page.alert()).isEqualTo("Klaim ini sudah diputuskan oleh petugas lain. Keputusan Anda tidak disimpan; "
                + "status terbarunya ada di bawah.");
        assertThat(page.status()).isEqualTo("VERIFIED");
        browser.screenshot("already-decided");
        Accessibility.assertNoSeriousViolations(browser, "officer-claim-already-decided");
        JsonNode history = new Api(stack.claimsUrl()).get("/api/claims/" + fresh.id(), fresh.token()).json().get("history");
        assertThat(history).extracting(step -> step.get("to").asText()).containsExactly("DRAFT", "SUBMITTED", "VERIFIED");
        assertThat(history.get(2).get("by").asText()).isEqualTo(colleague.username());
    }

    /** A JKK claim of a new member with an account of her own, submitted with its documents when {@code submitted}. */
    record FreshClaim(String id, String token) {
    }

    private static FreshClaim claimOfAFreshMember(Stack stack, boolean submitted) {
        TestMembers.RegisteredMember member = new TestMembers(stack).createRegistered(false);
        CodeLogin login = new CodeLogin(stack);
        login.tokens(login.password(member.kpj(), member.account().password()));
        int codesBefore = stack.sms().to(member.account().phone()).size();
        Browser.Page codePage = login.start(Map.of("acr_values", "2"));
        String token = login.tokens(login.code(codePage, newCode(stack, member.account().phone(), codesBefore))).accessToken();
        Api claims = new Api(stack.claimsUrl());
        Fileable jkk = fileable(claimTypes(claims, token)).stream()
                .filter(f -> f.type().equals("JKK")).findFirst().orElseThrow();
        Api.Response created = claims.post("/api/claims", token, Map.of("type", "JKK", "reason", jkk.reason(),
                "bankName", "Bank Mandiri", "bankAccountNumber", "1122334455"), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        if (submitted) {
            for (String type : jkk.documents()) {
                assertThat(claims.upload("/api/claims/" + id + "/documents", token, Map.of("type", type), "file",
                        type + ".pdf", "application/pdf", pdf(type)).status()).as(type).isEqualTo(201);
            }
            assertThat(claims.post("/api/claims/" + id + "/submit", token, Map.of()).status()).isEqualTo(200);
        }
        return new FreshClaim(id, token);
    }

    private static OfficerQueuePage signInAsOfficer(Stack stack, RealBrowser browser, String username, String password,
            String phone) {
        int codesBefore = stack.sms().to(phone).size();
        OfficerQueuePage queue = new OfficerQueuePage(browser, stack);
        queue.signIn(OfficerQueuePage.PATH, username, password);
        new LoginPage(browser).awaitCodeForm().enterCode(codeOnThePage(stack, browser, phone, codesBefore));
        queue.awaitAt(OfficerQueuePage.PATH);
        return queue;
    }

    /**
     * {@code GET /api/claim-types}, asked again after a 503: its first calls reach a cold membership-service, which on a
     * busy machine can take longer than claims-service waits for it (it then answers 503, as it should).
     */
    private static JsonNode claimTypes(Api claims, String token) {
        Api.Response answer = claims.get("/api/claim-types", token);
        for (int attempt = 1; answer.status() == 503 && attempt < 4; attempt++) {
            Pause.millis(2000);
            answer = claims.get("/api/claim-types", token);
        }
        assertThat(answer.status()).as("GET /api/claim-types").isEqualTo(200);
        return answer.json();
    }

    /** The claim types and reasons the member may file now, fewest documents first. */
    private static List<Fileable> fileable(JsonNode claimTypes) {
        List<Fileable> found = new ArrayList<>();
        for (JsonNode type : claimTypes.get("claimTypes")) {
            for (JsonNode reason : type.get("reasons")) {
                if (reason.at("/eligibility/canFile").asBoolean()) {
                    List<String> documents = new ArrayList<>();
                    reason.get("requiredDocuments").forEach(document -> documents.add(document.get("code").asText()));
                    found.add(new Fileable(type.get("code").asText(), reason.get("code").asText(),
                            reason.at("/eligibility/reason/id").asText(), documents));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(f -> f.documents().size()));
        return found;
    }

    /**
     * The code of the SMS the code page in {@code browser} sent to {@code phone} (after the first {@code before} ones).
     * A phone that got a code for another sign-in moments ago (another test's) gets none at once: the page says when
     * a new one may be sent, and this presses "Kirim ulang kode" then, as a person would.
     */
    private static String codeOnThePage(Stack stack, RealBrowser browser, String phone, int before) {
        for (int i = 1; i <= 180; i++) {
            List<id.bpjstk.systemtest.support.SmsGateway.Sms> sent = stack.sms().to(phone);
            if (sent.size() > before) {
                return sent.get(sent.size() - 1).code();
            }
            if (i % 10 == 0) {
                List<org.openqa.selenium.WebElement> resend = browser.driver().findElements(By.id("bpjstk-otp-resend"));
                if (!resend.isEmpty()) {
                    resend.get(0).click();
                    browser.awaitVisible(LoginPage.CODE_FORM);
                }
            }
            Pause.millis(500);
        }
        throw new AssertionError("no SMS code for " + phone + " from the code page");
    }

    /** The code of an SMS sent to {@code phone} after the first {@code before} ones. */
    private static String newCode(Stack stack, String phone, int before) {
        for (int i = 0; i < 100; i++) {
            List<id.bpjstk.systemtest.support.SmsGateway.Sms> sent = stack.sms().to(phone);
            if (sent.size() > before) {
                return sent.get(sent.size() - 1).code();
            }
            Pause.millis(200);
        }
        throw new AssertionError("no new SMS code for " + phone);
    }

    private Path file(String name, byte[] content) {
        try {
            return Files.write(files.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small, valid one-page PDF with {@code text} on it. */
    private static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of {@code size} bytes: a valid one followed by a comment as padding. */
    private static byte[] paddedPdf(int size) {
        byte[] head = pdf("Dokumen besar");
        byte[] padded = new byte[size];
        System.arraycopy(head, 0, padded, 0, head.length);
        java.util.Arrays.fill(padded, head.length, size, (byte) ' ');
        padded[head.length] = '%';
        return padded;
    }

    /** A small PNG, as a photo of a document taken with a phone would arrive. */
    private static byte[] png() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, 320, 200);
        graphics.setColor(java.awt.Color.BLACK);
        graphics.drawString("Kartu peserta BPJS Ketenagakerjaan", 20, 100);
        graphics.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
