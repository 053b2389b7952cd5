package vn.coop.sangtao.membership.unit.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.coop.sangtao.membership.unit.Sector;
import vn.coop.sangtao.membership.unit.UnitKind;
import vn.coop.sangtao.membership.unit.UnitProfile;

import java.time.LocalDate;

/** Corrects a unit's details; the tax code identifies the unit and cannot be changed. */
@Schema(example = """
        {"name":"HTX Nông nghiệp và Dịch vụ Gia Trấn","kind":"COOPERATIVE","sector":"AGRICULTURE",
         "joinedOn":"2005-01-10","head":"Đinh Thị Lan"}""")
public record UpdateUnitRequest(
        @NotBlank @Size(max = 300) String name,
        @NotNull UnitKind kind,
        @NotNull Sector sector,
        @Size(max = 64) String areaId,
        LocalDate foundedOn,
        LocalDate joinedOn,
        @Size(max = 300) String address,
        @Pattern(regexp = "[0-9 +().-]{6,20}") String phone,
        @Email @Size(max = 200) String email,
        @Size(max = 200) String head) {

    UnitProfile profile() {
        return new UnitProfile(name, kind, sector, areaId, foundedOn, joinedOn, address, phone, email, head);
    }
}
