package vn.coop.sangtao.initiatives.document;

import vn.coop.sangtao.initiatives.initiative.Author;
import vn.coop.sangtao.initiatives.initiative.Initiative;
import vn.coop.sangtao.initiatives.initiative.InitiativeKind;
import vn.coop.sangtao.initiatives.initiative.RecognitionLevel;

import java.time.LocalDate;
import java.util.List;

/** What a recognition certificate states: who recognised what, by whom, at which level and by which decision. */
record Certificate(String initiativeId, String allianceName, String title, InitiativeKind kind, List<Author> authors,
                   String applyingUnitName, RecognitionLevel level, String decisionNumber, LocalDate decisionDate) {

    /** The certificate of a recognised initiative. */
    static Certificate of(Initiative initiative, String allianceName, String applyingUnitName) {
        var decision = initiative.decision();
        return new Certificate(initiative.id(), allianceName, initiative.title(), initiative.kind(),
                initiative.authors(), applyingUnitName, decision.level(), decision.decisionNumber(),
                decision.decisionDate());
    }
}
