package vn.coop.sangtao.membership.person;

import jakarta.validation.constraints.Size;

/** A people search: {@code q} matches the full name without accents. */
public record PersonFilter(@Size(max = 100) String q, @Size(max = 64) String unitId, PersonKind kind,
                           PersonStatus status) {
}
