package vn.coop.sangtao.console.web;

import org.springframework.stereotype.Component;
import vn.coop.sangtao.console.api.ServiceApi;
import vn.coop.sangtao.console.api.ServiceProblem;

import java.util.List;
import java.util.Map;

import static vn.coop.sangtao.console.api.ServiceApi.path;

/** The lists forms choose from: the province's units and people, and the services' fixed values. */
@Component
class Choices {

    static final List<String> INITIATIVE_KINDS = List.of("INITIATIVE", "IDEA", "MODEL", "CREATIVE_WAY_OF_WORKING");
    static final List<String> INITIATIVE_STATUSES = List.of("DRAFT", "SUBMITTED", "RETURNED", "UNDER_REVIEW",
            "RECOGNISED", "REJECTED", "MERGED");
    static final List<String> RECOGNITION_LEVELS = List.of("UNIT", "PROVINCIAL", "NATIONAL");
    static final List<String> PROPOSAL_STATUSES = List.of("DRAFT", "SUBMITTED", "VOTING", "APPROVED", "REJECTED",
            "DECIDED", "FORWARDED", "RECEIVED");
    static final List<String> SECTORS = List.of("AGRICULTURE", "HANDICRAFT", "TRADE_SERVICES", "TRANSPORT",
            "CONSTRUCTION", "CREDIT", "OTHER");
    static final List<String> ACTIVITY_KINDS = List.of("TRAINING_CLASS", "TECHNICAL_TRAINING", "GROUP_CONSULTATION",
            "CONFERENCE", "WORKSHOP", "EXPERIENCE_EXCHANGE", "THEMATIC_ACTIVITY", "CLUB_MEETING");
    static final List<String> ROUND_KINDS = List.of("SIX_MONTH", "YEAR_END", "EVENT");

    private final ServiceApi api;

    Choices(ServiceApi api) {
        this.api = api;
    }

    List<Map<String, Object>> units() {
        return ServiceApi.items(api.get(path("/api/membership/units", "sort", "NAME", "size", 200)));
    }

    /** A unit representative's unit id: their token names its tax code, which membership finds; null for others. */
    String unitOf(CurrentUser me) {
        if (me.unit() == null) {
            return null;
        }
        return ServiceApi.items(api.get(path("/api/membership/units", "q", me.unit(), "size", 1))).stream()
                .map(unit -> String.valueOf(unit.get("id"))).findFirst().orElse(null);
    }

    /** People are offered when the user may list them; otherwise authors are units only. */
    List<Map<String, Object>> people() {
        try {
            return ServiceApi.items(api.get(path("/api/membership/people", "size", 200)));
        } catch (ServiceProblem notAllowed) {
            if (notAllowed.status() != 403) {
                throw notAllowed;
            }
            return List.of();
        }
    }

    /** A whole number, or the text itself when it is not one, so that the service names the field. */
    static Object number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException notANumber) {
            return text.trim();
        }
    }
}
