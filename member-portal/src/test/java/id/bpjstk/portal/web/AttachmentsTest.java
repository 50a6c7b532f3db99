package id.bpjstk.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentsTest {

    @Test
    void aDownloadIsAnAttachmentUnderAHarmlessName() {
        assertThat(Attachments.contentDisposition("ktp.pdf")).isEqualTo("attachment; filename=\"ktp.pdf\"; filename*=UTF-8''ktp.pdf");
        assertThat(Attachments.contentDisposition("Surat \"dokter\";\r\nX-Evil: 1.pdf"))
                .startsWith("attachment; filename=\"Surat _dokter____X-Evil: 1.pdf\"").doesNotContain("\r").doesNotContain("\n");
        assertThat(Attachments.contentDisposition("../../etc/passwd")).startsWith("attachment; filename=\"passwd\"");
        assertThat(Attachments.contentDisposition("kartu keluarga ñ.png")).endsWith("filename*=UTF-8''kartu%20keluarga%20%C3%B1.png");
        assertThat(Attachments.contentDisposition("")).startsWith("attachment; filename=\"dokumen\"");
    }
}
