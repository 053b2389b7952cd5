package vn.coop.sangtao.initiatives.document;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.initiatives.initiative.Initiative;
import vn.coop.sangtao.initiatives.initiative.InitiativeService;
import vn.coop.sangtao.initiatives.initiative.InitiativeStatus;
import vn.coop.sangtao.initiatives.unit.KnownUnit;
import vn.coop.sangtao.initiatives.unit.KnownUnitRepository;
import vn.coop.sangtao.platform.document.DocumentProperties;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The printable papers of the workflow: recognition certificates and the yearly Golden Book dossier. */
@Service
@EnableConfigurationProperties(DocumentProperties.class)
public class DocumentService {

    private final InitiativeService initiatives;
    private final KnownUnitRepository units;
    private final DocumentProperties properties;
    private final Clock clock;

    DocumentService(InitiativeService initiatives, KnownUnitRepository units, DocumentProperties properties,
                    Clock clock) {
        this.initiatives = initiatives;
        this.units = units;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The recognition certificate of an initiative. It names the authors, so whoever may not see
     * them on the initiative (a blind review, to all but staff and its creator) may not print it.
     */
    public byte[] certificate(String initiativeId) {
        Initiative initiative = initiatives.get(initiativeId);
        if (initiative.status() != InitiativeStatus.RECOGNISED) {
            throw ApiProblem.rule("not-recognised", initiative.status());
        }
        if (initiative.blindReview() && !InitiativeService.isStaff()
                && !Actor.current().equals(initiative.createdBy())) {
            throw ApiProblem.forbidden("certificate-hidden");
        }
        return CertificatePdf.certificate(certificates(List.of(initiative)).get(0));
    }

    /** The current tenant's Golden Book dossier of {@code year}: 404 when it nominated nothing that year. */
    public byte[] goldenBookDossier(int year) {
        List<Initiative> nominated = initiatives.nominatedFor(year);
        if (nominated.isEmpty()) {
            throw new ApiProblem(404, "nothing-nominated", List.of(), year);
        }
        List<Certificate> certificates = certificates(nominated);
        List<GoldenBookDossier.Nominee> nominees = new ArrayList<>();
        for (int i = 0; i < nominated.size(); i++) {
            nominees.add(new GoldenBookDossier.Nominee(certificates.get(i), nominated.get(i).nomination().letter()));
        }
        return CertificatePdf.dossier(new GoldenBookDossier(alliance(), year, LocalDate.now(clock), nominees));
    }

    private List<Certificate> certificates(List<Initiative> recognised) {
        Set<String> unitIds = recognised.stream().map(Initiative::applyingUnitId).collect(Collectors.toSet());
        Map<String, KnownUnit> known = units.findAll(unitIds);
        String alliance = alliance();
        return recognised.stream().map(i -> Certificate.of(i, alliance,
                known.containsKey(i.applyingUnitId()) ? known.get(i.applyingUnitId()).name() : i.applyingUnitId()))
                .toList();
    }

    private String alliance() {
        return properties.allianceName(TenantContext.require());
    }
}
