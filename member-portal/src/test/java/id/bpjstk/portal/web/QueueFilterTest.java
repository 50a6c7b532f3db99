package id.bpjstk.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueueFilterTest {

    @Test
    void knownValuesGoToTheServiceWithItsPagesCountedFromZero() {
        QueueFilter filter = QueueFilter.parse("VERIFIED", "JKP", "3");

        assertThat(filter.invalid()).isEmpty();
        assertThat(filter.serviceStatus()).isEqualTo("VERIFIED");
        assertThat(filter.serviceType()).isEqualTo("JKP");
        assertThat(filter.servicePage()).isEqualTo(2);
        assertThat(filter.pageUrl(4)).isEqualTo("/officer?status=VERIFIED&type=JKP&page=4");
    }

    @Test
    void nothingChosenIsTheServicesDefaultOnPageOne() {
        QueueFilter filter = QueueFilter.parse(null, "", null);

        assertThat(filter.serviceStatus()).isNull();
        assertThat(filter.serviceType()).isNull();
        assertThat(filter.servicePage()).isZero();
        assertThat(filter.pageUrl(2)).isEqualTo("/officer?page=2");
    }

    @Test
    void unknownValuesAreNamedAndDropped() {
        QueueFilter filter = QueueFilter.parse("submitted", "JHT&x=1", "0");

        assertThat(filter.invalid()).containsExactly("status", "type", "page");
        assertThat(filter.serviceStatus()).isNull();
        assertThat(filter.serviceType()).isNull();
        assertThat(filter.page()).isEqualTo(1);
        assertThat(QueueFilter.parse(null, null, "9999999").invalid()).containsExactly("page");
        assertThat(QueueFilter.parse(null, null, "-1").invalid()).containsExactly("page");
    }
}
