package vn.coop.sangtao.contracts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ContractValidatorTest {

    static Stream<String> publishedTypes() throws URISyntaxException {
        File root = new File(Objects.requireNonNull(ContractValidatorTest.class.getResource("/contracts/events")).toURI());
        return Arrays.stream(Objects.requireNonNull(root.list())).sorted();
    }

    @ParameterizedTest
    @MethodSource("publishedTypes")
    void shouldAcceptTheExampleWhenItIsPublishedBesideItsSchema(String type) {
        assertThat(ContractValidator.payloadErrors(type, ContractValidator.example(type))).isEmpty();
    }

    @Test
    void shouldRejectAPayloadWhenARequiredFieldIsMissing() {
        String type = "vn.coop.sangtao.initiative.submitted.v1";
        String withoutTitle = ContractValidator.example(type).replaceFirst("\"title\"", "\"heading\"");
        assertThat(ContractValidator.payloadErrors(type, withoutTitle)).anyMatch(e -> e.contains("title"));
    }

    @Test
    void shouldRejectATaxCodeWhenItHasTheWrongShape() {
        String type = "vn.coop.sangtao.unit.registered.v1";
        String bad = ContractValidator.example(type).replace("2700123456", "27001");
        assertThat(ContractValidator.payloadErrors(type, bad)).isNotEmpty();
    }

    @Test
    void shouldReportMissingHeadersWhenAnEventLacksThem() {
        Map<String, String> headers = new HashMap<>();
        headers.put(EventHeaders.TYPE, "vn.coop.sangtao.unit.registered.v1");
        assertThat(ContractValidator.headerErrors("vn.coop.sangtao.unit.registered.v1", headers))
                .contains("missing header ce_id", "missing header ce_tenantid", "ce_specversion must be 1.0");
    }
}
