package vn.coop.sangtao.awards.council;

/** A member of the emulation and commendation council, with the account they vote with. */
public record CouncilMember(String username, String fullName) {
}
