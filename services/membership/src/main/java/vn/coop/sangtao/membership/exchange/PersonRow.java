package vn.coop.sangtao.membership.exchange;

import jakarta.validation.Validator;
import vn.coop.sangtao.membership.person.Person;
import vn.coop.sangtao.membership.person.PersonProfile;
import vn.coop.sangtao.platform.text.Text;

import java.util.Map;
import java.util.Objects;

import static vn.coop.sangtao.membership.exchange.PersonSheet.*;

/** One row of the people sheet, read and checked as the API checks a registration. */
record PersonRow(RowReader cells, String unitTaxCode, PersonFields fields) {

    /** The fields of the API's request, by the column that fills them. */
    static final Map<String, Column> REQUEST_FIELDS = Map.of("fullName", FULL_NAME, "kind", KIND,
            "position", POSITION, "gender", GENDER, "birthYear", BIRTH_YEAR, "phone", PHONE, "email", EMAIL);

    static PersonRow read(RowReader cells, Validator validator) {
        String unitTaxCode = cells.taxCode(UNIT_TAX_CODE);
        if (unitTaxCode == null) {
            cells.problem(UNIT_TAX_CODE, "required");
        }
        PersonFields fields = new PersonFields(cells.text(FULL_NAME), cells.listed(KIND, KINDS),
                cells.text(POSITION), cells.listed(GENDER, GENDERS), cells.integer(BIRTH_YEAR), cells.text(PHONE),
                cells.text(EMAIL));
        Violations.check(validator, fields, REQUEST_FIELDS, cells);
        return new PersonRow(cells, unitTaxCode, fields);
    }

    /**
     * Who the row is about: the unit, the name without accents and, when the sheet has the column,
     * the birth year. Two rows with the same identity are one person written twice.
     */
    String identity(Header header) {
        return unitTaxCode + "|" + Text.fold(fields.fullName())
                + (header.has(BIRTH_YEAR) ? "|" + fields.birthYear() : "");
    }

    boolean isAbout(Person person, Header header) {
        return Text.fold(person.fullName()).equals(Text.fold(fields.fullName()))
                && (!header.has(BIRTH_YEAR) || Objects.equals(person.profile().birthYear(), fields.birthYear()));
    }

    PersonProfile profile() {
        PersonFields f = fields;
        return new PersonProfile(f.fullName(), f.kind(), f.position(), f.gender(), f.birthYear(), f.phone(), f.email(),
                null);
    }

    /** The profile to store: this row's values, the stored ones where the sheet has no such column. */
    PersonProfile appliedTo(PersonProfile stored, Header header) {
        PersonFields f = fields;
        return new PersonProfile(f.fullName(), f.kind(),
                header.has(POSITION) ? f.position() : stored.position(),
                header.has(GENDER) ? f.gender() : stored.gender(),
                header.has(BIRTH_YEAR) ? f.birthYear() : stored.birthYear(),
                header.has(PHONE) ? f.phone() : stored.phone(),
                header.has(EMAIL) ? f.email() : stored.email(),
                stored.username());
    }
}
