package vn.coop.sangtao.campaigns.campaign;

/** One numbered content (goal) of a campaign, as in the five contents of "Đoàn kết sáng tạo". */
public record Content(int number, String text) {
}
