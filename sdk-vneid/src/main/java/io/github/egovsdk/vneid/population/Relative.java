package io.github.egovsdk.vneid.population;

import io.github.egovsdk.core.privacy.Redactor;

/**
 * A relative in a population record — cha, mẹ, vợ/chồng, người đại diện or chủ hộ. {@code HoVaTen} is structured
 * ({@code Ho, ChuDem, Ten}) in the published schema but a plain string in the richer replies a province consumes; both
 * are read into {@code fullName}. Personal data: {@link #toString()} masks it.
 *
 * @param role        {@code Cha}, {@code Me}, {@code VoChong}, {@code NguoiDaiDien} or {@code ChuHo}
 * @param fullName    họ và tên
 * @param personalId  số định danh ("" when absent)
 * @param legacyId    số CMND ("" when absent)
 * @param nationality {@code QuocTich}
 * @param relation    {@code QuanHe} with the household head (chủ hộ only)
 */
public record Relative(
        String role, String fullName, String personalId, String legacyId, String nationality, String relation) {

    @Override
    public String toString() {
        return "Relative[" + role + ", " + Redactor.maskPersonalId(personalId) + ", name ****]";
    }
}
