package io.github.egovsdk.dvc.procedure;

import jakarta.validation.constraints.PositiveOrZero;

/**
 * A fee or charge of a procedure (phí, lệ phí), in whole đồng ({@code PHILEPHI}: {@code SOTIEN}, {@code MOTA}).
 *
 * @param amountVnd   the amount in VND, ≥ 0 (0 = free of charge)
 * @param description what it is for; may be null
 */
public record ProcedureFee(@PositiveOrZero long amountVnd, String description) {}
