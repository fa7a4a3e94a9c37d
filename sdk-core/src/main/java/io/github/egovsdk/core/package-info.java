/**
 * The SDK's foundation, used by every module: the exception hierarchy ({@link io.github.egovsdk.core.EgovException}
 * ← {@link io.github.egovsdk.core.EgovClientException} with {@link io.github.egovsdk.core.ValidationException},
 * {@link io.github.egovsdk.core.EgovServiceException}, {@link io.github.egovsdk.core.EgovTransportException}).
 * Sub-packages: client configuration ({@code config}), the HTTP pipeline ({@code http}), authentication
 * ({@code auth}), integration gateways — LGSP / NDXP ({@code gateway}), Vietnamese identifiers — số định danh cá
 * nhân, mã định danh cơ quan ({@code vn}), the working calendar — ngày làm việc, ngày hẹn trả ({@code calendar}),
 * validation, masking of personal data ({@code privacy}), safe XML ({@code xml}) and JDBC stores ({@code jdbc}).
 */
package io.github.egovsdk.core;
