package id.bpjstk.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OversizedUploadsTest {

    @Test
    void onlyAWellFormedContentLengthIsTakenAsTheBodysSize() {
        assertThat(OversizedUploads.declaredLength("13631701")).isEqualTo(13631701L);
        assertThat(OversizedUploads.declaredLength(" 42 ")).isEqualTo(42L);
        assertThat(OversizedUploads.declaredLength(null)).isEqualTo(-1L);
        assertThat(OversizedUploads.declaredLength("-5")).isEqualTo(-1L);
        assertThat(OversizedUploads.declaredLength("1e9")).isEqualTo(-1L);
        assertThat(OversizedUploads.declaredLength("99999999999999999999")).isEqualTo(-1L);
    }

    @Test
    void theRouteTakesOnlyDocumentUploadsToAClaim() {
        assertThat("/claims/3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f/documents").matches(OversizedUploads.UPLOAD_PATH);
        assertThat("/claims/new").doesNotMatch(OversizedUploads.UPLOAD_PATH);
        assertThat("/claims/x/documents").doesNotMatch(OversizedUploads.UPLOAD_PATH);
    }
}
