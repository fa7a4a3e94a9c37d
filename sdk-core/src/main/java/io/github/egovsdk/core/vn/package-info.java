/**
 * Vietnamese identifiers as value types: {@link io.github.egovsdk.core.vn.PersonalIdNumber} (số định danh cá nhân,
 * the 12-digit number of the căn cước card), {@link io.github.egovsdk.core.vn.LegacyIdNumber} (9-digit CMND),
 * {@link io.github.egovsdk.core.vn.AgencyCode} (mã định danh điện tử của cơ quan, Decision 20/2020/QĐ-TTg) and
 * {@link io.github.egovsdk.core.vn.Province}. {@code parse} throws a typed exception naming the rule broken.
 */
package io.github.egovsdk.core.vn;
