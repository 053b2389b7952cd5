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

@Schema(example = """
        {"fullName":"Nguyễn Thị Hoa","kind":"CADRE","position":"Giám đốc","gender":"FEMALE","birthYear":1985,
         "phone":"0912 345 678"}""")
record UpdatePersonRequest(@NotBlank @Size(max = 200) String fullName,
                           @NotNull PersonKind kind,
                           @Size(max = 200) String position,
                           Gender gender,
                           @Min(1900) @Max(2100) Integer birthYear,
                           @Pattern(regexp = "[0-9 +().-]{6,20}") String phone,
                           @Email @Size(max = 200) String email,
                           @Size(max = 100) String username) {

    PersonProfile profile() {
        return new PersonProfile(fullName, kind, position, gender, birthYear, phone, email, username);
    }
}
