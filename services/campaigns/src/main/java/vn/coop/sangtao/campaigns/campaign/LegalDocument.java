package vn.coop.sangtao.campaigns.campaign;

import java.time.LocalDate;

/** A document a campaign rests on, e.g. 84/HD-MTTW-BTT of 16/05/2022 by the Fatherland Front. */
public record LegalDocument(String number, LocalDate date, String issuer) {
}
