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

/** Registers a member unit. The tax code's check digit is verified by the service. */
@Schema(example = """
        {"name":"HTX Nông nghiệp Gia Trấn","kind":"COOPERATIVE","taxCode":"2701000019","sector":"AGRICULTURE",
         "foundedOn":"2004-03-15","joinedOn":"2005-01-10","address":"Xã Gia Trấn, tỉnh Ninh Bình",
         "phone":"0229 3868 123","head":"Đinh Văn Hùng"}""")
public record RegisterUnitRequest(
        @NotBlank @Size(max = 300) String name,
        @NotNull UnitKind kind,
        @NotBlank @Pattern(regexp = "\\d{10}(-\\d{3})?") String taxCode,
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
