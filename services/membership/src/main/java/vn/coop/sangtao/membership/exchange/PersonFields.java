package vn.coop.sangtao.membership.exchange;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.coop.sangtao.membership.person.Gender;
import vn.coop.sangtao.membership.person.PersonKind;

/**
 * The fields of a person a sheet fills, with the constraints of the API's registration request
 * (person.web.RegisterPersonRequest, which its package keeps to itself). A test holds the two equal.
 */
record PersonFields(@NotBlank @Size(max = 200) String fullName,
                    @NotNull PersonKind kind,
                    @Size(max = 200) String position,
                    Gender gender,
                    @Min(1900) @Max(2100) Integer birthYear,
                    @Pattern(regexp = "[0-9 +().-]{6,20}") String phone,
                    @Email @Size(max = 200) String email) {
}
