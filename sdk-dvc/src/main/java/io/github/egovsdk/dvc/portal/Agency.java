package io.github.egovsdk.dvc.portal;

/**
 * An agency in the portal's catalogue ({@code LayDanhMucCoQuan}: {@code MADONVI}, {@code TENDONVI}).
 *
 * @param code the agency's code (mã đơn vị)
 * @param name its name (tên đơn vị)
 */
public record Agency(String code, String name) {}
