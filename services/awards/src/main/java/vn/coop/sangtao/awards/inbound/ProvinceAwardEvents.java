package vn.coop.sangtao.awards.inbound;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.coop.sangtao.awards.fact.HistoryService;
import vn.coop.sangtao.awards.report.ProvinceTotalsService;
import vn.coop.sangtao.platform.messaging.InboundEvents;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Keeps the national alliance's totals per province from the provinces' own award.granted events,
 * read in a consumer group of its own (awards-national): the national tenant never reads a
 * province's records.
 */
@Configuration
class ProvinceAwardEvents {

    /** The fields of vn.coop.sangtao.award.granted.v1 the totals read. */
    record Granted(String id, int year, Double amount) {

        Granted {
            Objects.requireNonNull(id, "id");
        }
    }

    @Bean
    Consumer<Message<byte[]>> provinceAwards(InboundEvents inbound, ProvinceTotalsService totals) {
        return inbound.handler(event -> {
            if (HistoryService.GRANTED.equals(event.type())) {
                Granted g = event.read(Granted.class);
                totals.countGranted(event.tenantId(), g.id(), g.year(), g.amount() == null ? 0 : g.amount());
            }
        });
    }
}
