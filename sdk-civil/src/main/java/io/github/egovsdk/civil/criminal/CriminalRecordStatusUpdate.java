package io.github.egovsdk.civil.criminal;

import java.time.LocalDate;

/**
 * A state pushed to VNeID ({@code traKetQuaHoSoLLTP}): the one-stop events push 2 (accepted), 3 (refused), 5
 * (supplement), 9 (the ministry's result) and 10 (handed over). {@code refusalReason} ({@code lyDoTuChoi}) goes with 3
 * and 5; {@code withdrawal} sends {@code type "thuhoi"} instead of {@code "ketqua"}; {@code result} carries the
 * certificate for 9/10.
 */
public record CriminalRecordStatusUpdate(
        String localCode,
        CriminalRecordState state,
        String refusalReason,
        LocalDate dueOn,
        boolean withdrawal,
        CriminalRecordResult result) {}
