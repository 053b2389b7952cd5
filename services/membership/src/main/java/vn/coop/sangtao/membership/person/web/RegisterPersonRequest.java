package vn.coop.sangtao.membership.person.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.coop.sangtao.membership.person.Gender;
import vn.coop.sangtao.membership.person.PersonKind;
import vn.coop.sangtao.membership.person.PersonProfile;

import java.time.LocalDate;

@Schema(example = """
        {"unitId":"0b6f2c…","fullName":"Nguyễn Thị Hoa","kind":"MEMBER","position":"Thành viên Hội đồng quản trị",
         "gender":"FEMALE","birthYear":1985,"phone":"0912 345 678","email":"hoa.nt@example.vn","since":"2020-01-01"}""")
record RegisterPersonRequest(@NotBlank @Size(max = 64) String unitId,
                             @NotBlank @Size(max = 200) String fullName,
                             @NotNull PersonKind kind,
                             @Size(max = 200) String position,
                             Gender gender,
                             @Min(1900) @Max(2100) Integer birthYear,
                             @Pattern(regexp = "[0-9 +().-]{6,20}") String phone,
                             @Email @Size(max = 200) String email,
                             @Size(max = 100) String username,
                             LocalDate since) {

    PersonProfile profile() {
        return new PersonProfile(fullName, kind, position, gender, birthYear, phone, email, username);
    }
}
